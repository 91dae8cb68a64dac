import type { Envelope, MessageType, Request, Response } from "./protocol.ts";

/** What the extension runtime offers for sending: injected, so callers stay testable. */
export type SendMessage = (message: Envelope) => Promise<unknown>;

export function createClient(send: SendMessage) {
  return {
    call<T extends MessageType>(type: T, payload: Request<T>): Promise<Response<T>> {
      return send({ type, payload }) as Promise<Response<T>>;
    },
  };
}
