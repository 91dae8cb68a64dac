// Every message between the extension's parts, in one map: a wrong name or payload is a
// compile error on both the sending and the handling side.

export interface Protocol {
  /** Content script → background: the distinct terms found on the page (for the badge). */
  "page-terms": { request: { termIds: string[] }; response: { shown: number } };
}

export type MessageType = keyof Protocol;
export type Request<T extends MessageType> = Protocol[T]["request"];
export type Response<T extends MessageType> = Protocol[T]["response"];
export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: Request<T>;
}

const TYPES: readonly MessageType[] = ["page-terms"];

/** A received message has the envelope shape and a known type; payloads are checked by handlers. */
export function isEnvelope(message: unknown): message is Envelope {
  if (typeof message !== "object" || message === null) return false;
  const { type, payload } = message as Record<string, unknown>;
  return (
    typeof type === "string" &&
    (TYPES as readonly string[]).includes(type) &&
    typeof payload === "object" &&
    payload !== null
  );
}
