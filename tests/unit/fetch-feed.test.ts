import { describe, expect, it, vi } from "vitest";
import { FeedFetchError, decodeFeed, fetchFeedText } from "../../src/ui/options/fetch-feed.ts";

const URL_ = "https://blog.example/feed/";
const XML = '<?xml version="1.0"?><rss><channel><title>Blog</title></channel></rss>';

const respond = (body: BodyInit | null, init: ResponseInit = {}) =>
  vi.fn(async (_url: string, _init: RequestInit) => new Response(body, init));

async function failure(promise: Promise<unknown>): Promise<FeedFetchError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(FeedFetchError);
    return error as FeedFetchError;
  }
  throw new Error("expected a failure");
}

describe("fetchFeedText", () => {
  it("downloads the text without cookies, asking for feeds, and reports progress", async () => {
    const fetch = respond(XML, { headers: { "content-type": "application/rss+xml" } });
    const onProgress = vi.fn();
    const result = await fetchFeedText(URL_, { fetch, onProgress });
    expect(result).toEqual({ text: XML, url: URL_, contentType: "application/rss+xml" });
    const init = fetch.mock.calls[0]![1];
    expect(init).toMatchObject({ credentials: "omit", redirect: "follow" });
    expect(new Headers(init.headers).get("accept")).toMatch(/application\/rss\+xml/);
    expect(init.signal).toBeInstanceOf(AbortSignal);
    expect(onProgress).toHaveBeenLastCalledWith(XML.length, null);
  });

  it.each(["ftp://blog.example/feed", "javascript:alert(1)", "file:///etc/passwd", "not a url"])(
    "refuses %j without fetching",
    async (url) => {
      const fetch = respond(XML);
      expect((await failure(fetchFeedText(url, { fetch }))).reason).toBe("not-http");
      expect(fetch).not.toHaveBeenCalled();
    },
  );

  it.each([
    [404, "Not Found", /no feed at this address: the server answered 404 Not Found/],
    [500, "", /The server answered 500 instead of sending the feed/],
  ])("explains HTTP %i", async (status, statusText, message) => {
    const error = await failure(fetchFeedText(URL_, { fetch: respond("oops", { status, statusText }) }));
    expect(error.reason).toBe("http");
    expect(error.message).toMatch(message);
  });

  it("explains a network error", async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError("Failed to fetch");
    });
    const error = await failure(fetchFeedText(URL_, { fetch }));
    expect(error.reason).toBe("network");
    expect(error.message).toMatch(/Could not reach blog\.example.*Failed to fetch/);
  });

  it("gives up after the time limit", async () => {
    const fetch = vi.fn(
      (_url: string, init: RequestInit) =>
        new Promise<Response>((_resolve, reject) =>
          init.signal!.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))),
        ),
    );
    const error = await failure(fetchFeedText(URL_, { fetch, timeoutMs: 20 }));
    expect(error.reason).toBe("timeout");
    expect(error.message).toBe("blog.example did not send the feed within 0 seconds.");
  });

  it("stops when the caller cancels", async () => {
    const controller = new AbortController();
    const fetch = vi.fn(
      (_url: string, init: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal!.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
          controller.abort();
        }),
    );
    const error = await failure(fetchFeedText(URL_, { fetch, signal: controller.signal }));
    expect(error.reason).toBe("cancelled");
  });

  it("refuses a feed whose declared size is over the limit without reading it", async () => {
    const fetch = respond(XML, { headers: { "content-length": String(6 * 1024 * 1024) } });
    const error = await failure(fetchFeedText(URL_, { fetch }));
    expect(error.reason).toBe("too-large");
    expect(error.message).toBe("The feed is larger than 5 MB, so it was not read.");
  });

  it("stops reading a body that grows over the limit", async () => {
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const error = await failure(fetchFeedText(URL_, { fetch: respond(body), maxBytes: 10 * 1024 }));
    expect(error.reason).toBe("too-large");
    expect(pulls).toBeLessThan(20);
  });
});

describe("decodeFeed", () => {
  const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

  it("uses the charset the server declared", () => {
    expect(decodeFeed(latin1("caf\xe9"), "text/xml; charset=ISO-8859-1")).toBe("café");
  });

  it("else the XML declaration's encoding", () => {
    const bytes = latin1('<?xml version="1.0" encoding="ISO-8859-15"?><t>5 \xa4</t>');
    expect(decodeFeed(bytes, "application/xml")).toContain("<t>5 €</t>");
  });

  it("else UTF-8, with or without a byte-order mark; an unknown label falls back to UTF-8", () => {
    const utf8 = new TextEncoder().encode("\ufeff<t>café</t>");
    expect(decodeFeed(utf8, "")).toBe("<t>café</t>");
    expect(decodeFeed(utf8, "text/xml; charset=no-such-thing")).toBe("<t>café</t>");
  });
});
