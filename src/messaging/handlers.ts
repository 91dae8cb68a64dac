import { isEnvelope } from "./protocol.ts";

type AnyProtocol = Record<string, { request: unknown; response: unknown }>;

/** Who sent a message, as far as a handler needs to know. */
export interface SenderInfo {
  tabId?: number;
  /** 0 for a tab's top frame. */
  frameId?: number;
  url?: string;
  fromOwnExtension: boolean;
}

export type Handlers<P extends AnyProtocol> = {
  [T in keyof P]: (
    payload: P[T]["request"],
    sender: SenderInfo,
  ) => Promise<P[T]["response"]> | P[T]["response"];
};

/**
 * Routes one received message to its handler. Anything that is not ours or not a known
 * message is refused with an error instead of reaching a handler.
 */
export async function dispatch<P extends AnyProtocol>(
  handlers: Handlers<P>,
  types: readonly (keyof P)[],
  message: unknown,
  sender: SenderInfo,
): Promise<unknown> {
  if (!sender.fromOwnExtension) throw new Error("message from outside the extension refused");
  if (!isEnvelope<P>(message, types)) throw new Error("malformed message refused");
  const handler = handlers[message.type] as (payload: unknown, sender: SenderInfo) => unknown;
  return handler(message.payload, sender);
}
