import type { BackgroundProtocol, ContentProtocol } from "./protocol.ts";

type AnyProtocol = Record<string, { request: unknown; response: unknown }>;

/** Sends one envelope; injected so callers stay testable and free of the extension API. */
export type Send = (message: { type: string; payload: unknown }) => Promise<unknown>;

export interface Client<P extends AnyProtocol> {
  call<T extends keyof P & string>(type: T, payload: P[T]["request"]): Promise<P[T]["response"]>;
}

export function createClient<P extends AnyProtocol>(send: Send): Client<P> {
  return {
    call: (type, payload) => send({ type, payload }) as Promise<never>,
  };
}

export type BackgroundClient = Client<BackgroundProtocol>;
export type ContentClient = Client<ContentProtocol>;
