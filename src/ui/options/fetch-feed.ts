// Downloading a feed for the import: http(s) only, a time limit, a size limit, no cookies, and
// every way it can fail turned into one sentence for the user. `fetch` is passed in (main.tsx
// gives the page's own; tests give a fake).

import { t } from "../../platform/i18n.ts";

export const FEED_TIMEOUT_MS = 20_000;
export const FEED_MAX_BYTES = 5 * 1024 * 1024;

const ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";

export interface FetchedFeed {
  text: string;
  /** The address the feed was finally read from, after redirects. */
  url: string;
  contentType: string;
}

export interface FetchFeedOptions {
  fetch: (input: string, init: RequestInit) => Promise<Response>;
  signal?: AbortSignal;
  timeoutMs?: number;
  maxBytes?: number;
  /** Bytes received so far, and the total when the server said it. */
  onProgress?: (received: number, total: number | null) => void;
}

export type FeedFetchFailure = "not-http" | "network" | "timeout" | "cancelled" | "http" | "too-large";

export class FeedFetchError extends Error {
  constructor(
    message: string,
    readonly reason: FeedFetchFailure,
  ) {
    super(message);
    this.name = "FeedFetchError";
  }
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** The charset the server declared, else the XML declaration's, else a byte-order mark's, else UTF-8. */
export function decodeFeed(bytes: Uint8Array, contentType: string): string {
  const declared = /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  const inXml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/.exec(head)?.[1];
  const bom =
    bytes[0] === 0xfe && bytes[1] === 0xff
      ? "utf-16be"
      : bytes[0] === 0xff && bytes[1] === 0xfe
        ? "utf-16le"
        : null;
  for (const label of [bom, declared, inXml, "utf-8"]) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // unknown label: try the next source
    }
  }
  return new TextDecoder().decode(bytes);
}

async function readCapped(
  response: Response,
  maxBytes: number,
  onProgress: FetchFeedOptions["onProgress"],
): Promise<Uint8Array> {
  const length = Number(response.headers.get("content-length"));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  if (total !== null && total > maxBytes) throw tooLarge(maxBytes);
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > maxBytes) throw tooLarge(maxBytes);
    onProgress?.(bytes.length, total);
    return bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.length;
    if (received > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
    onProgress?.(received, total);
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

const tooLarge = (max: number) => new FeedFetchError(t("feedTooLarge", megabytes(max)), "too-large");

/** Downloads a feed's text, or throws a FeedFetchError that says what went wrong. */
export async function fetchFeedText(url: string, options: FetchFeedOptions): Promise<FetchedFeed> {
  const { timeoutMs = FEED_TIMEOUT_MS, maxBytes = FEED_MAX_BYTES, signal } = options;
  let address: URL;
  try {
    address = new URL(url);
  } catch {
    throw new FeedFetchError(t("feedNotWebAddress", url), "not-http");
  }
  if (address.protocol !== "http:" && address.protocol !== "https:")
    throw new FeedFetchError(t("feedOnlyHttp"), "not-http");

  const controller = new AbortController();
  let stopped: "timeout" | "cancelled" | null = null;
  const stop = (why: "timeout" | "cancelled") => {
    stopped ??= why;
    controller.abort();
  };
  const cancel = () => stop("cancelled");
  if (signal?.aborted) throw new FeedFetchError(t("feedCancelled"), "cancelled");
  signal?.addEventListener("abort", cancel, { once: true });
  const timer = setTimeout(() => stop("timeout"), timeoutMs);
  const explain = (error: unknown): FeedFetchError => {
    if (error instanceof FeedFetchError) return error;
    if (stopped === "timeout")
      return new FeedFetchError(
        t("feedTimeout", address.host, String(Math.round(timeoutMs / 1000))),
        "timeout",
      );
    if (stopped === "cancelled") return new FeedFetchError(t("feedCancelled"), "cancelled");
    return new FeedFetchError(
      t("feedUnreachable", address.host, error instanceof Error ? error.message : String(error)),
      "network",
    );
  };
  try {
    const response = await options.fetch(address.href, {
      signal: controller.signal,
      credentials: "omit",
      redirect: "follow",
      cache: "no-cache",
      headers: { Accept: ACCEPT },
    });
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
      throw new FeedFetchError(t(response.status === 404 ? "feedNotFound" : "feedHttpError", status), "http");
    }
    const contentType = response.headers.get("content-type") ?? "";
    const bytes = await readCapped(response, maxBytes, options.onProgress);
    return { text: decodeFeed(bytes, contentType), url: response.url || address.href, contentType };
  } catch (error) {
    throw explain(error);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", cancel);
  }
}
