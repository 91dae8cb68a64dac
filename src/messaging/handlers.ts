import { type Envelope, type MessageType, type Request, type Response, isEnvelope } from "./protocol.ts";

/** Who sent a message, as far as a handler needs to know. */
export interface SenderInfo {
  tabId?: number;
  fromOwnExtension: boolean;
}

export type Handlers = {
  [T in MessageType]: (payload: Request<T>, sender: SenderInfo) => Promise<Response<T>> | Response<T>;
};

/**
 * Routes one received message to its handler. Anything that is not ours or not a known
 * message is refused with an error instead of reaching a handler.
 */
export async function dispatch(handlers: Handlers, message: unknown, sender: SenderInfo): Promise<unknown> {
  if (!sender.fromOwnExtension) throw new Error("message from outside the extension refused");
  if (!isEnvelope(message)) throw new Error("malformed message refused");
  const { type, payload } = message as Envelope;
  const handler = handlers[type] as (p: unknown, s: SenderInfo) => unknown;
  return handler(payload, sender);
}
