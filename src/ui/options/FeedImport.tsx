import { useEffect, useRef, useState } from "preact/hooks";
import { type Article, parseArticles } from "../../core/article-schema.ts";
import {
  type FeedImport as FeedImportResult,
  feedToArticles,
  normalizeFeedUrl,
} from "../../core/feed-articles.ts";
import type { Matcher } from "../../core/matcher.ts";
import { parseFeed } from "../../dom/feed-parser.ts";
import type { FetchedFeed } from "./fetch-feed.ts";
import { FieldError, Status, type StatusMessage, describedBy, errorMessage } from "./Messages.tsx";

// Importing a blog's RSS or Atom feed into the reading list. Permission to read the feed's site
// is asked for at the click (browsers only allow that during a user action); then the feed is
// downloaded, parsed and merged. Any failure says why and changes nothing.

export type FeedFetcher = (
  url: string,
  options: { signal: AbortSignal; onProgress: (received: number, total: number | null) => void },
) => Promise<FetchedFeed>;

export interface FeedImportProps {
  articles: Article[];
  reservedIds: ReadonlySet<string>;
  matcher: Matcher;
  onSaveArticles: (articles: Article[]) => Promise<void>;
  /**
   * Asks the browser for permission to read the feed's site. Called synchronously from the click
   * or submit handler, before anything is awaited, so the browser still sees the user's action.
   */
  requestFeedAccess: (feedUrl: string) => Promise<boolean>;
  fetchFeed: FeedFetcher;
  parser?: DOMParser;
}

type Address = { ok: true; url: string; host: string } | { ok: false; error: string };

const EXAMPLE = "https://blog.example/tag/running-backwards/feed/";

/** What the user typed as a feed address: http(s) only; without a scheme it is read as https. */
export function feedAddress(input: string): Address {
  const text = input.trim();
  if (text === "") return { ok: false, error: `Enter the address of an RSS or Atom feed, e.g. ${EXAMPLE}` };
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) && !/^https?:\/\//i.test(text))
    return { ok: false, error: "Only http:// and https:// feeds can be imported." };
  const url = normalizeFeedUrl(/^https?:\/\//i.test(text) ? text : `https://${text}`);
  const host = url === null ? "" : new URL(url).hostname;
  // A bare word ("feed") would be read as a host name; nobody means that.
  if (url === null || !(host.includes(".") || host === "localhost" || host.startsWith("[")))
    return { ok: false, error: `"${text}" is not a web address such as ${EXAMPLE}` };
  return { ok: true, url, host: new URL(url).host };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "Imported "Blog": 12 articles, 9 related to glossary terms (3 new, 9 unchanged)." */
export function importSummary(title: string, r: FeedImportResult, omitted = 0): string {
  const parts = [
    r.added && `${r.added} new`,
    r.updated && `${r.updated} updated`,
    r.unchanged && `${r.unchanged} unchanged`,
  ].filter(Boolean);
  const skipped = r.skipped
    ? ` ${plural(r.skipped, "entry was", "entries were")} skipped (no usable title, or listed twice).`
    : "";
  const more = omitted ? ` The feed has ${omitted} more older entries, which were left out.` : "";
  return `Imported "${title}": ${plural(r.entries, "article")}, ${r.related} related to glossary terms${parts.length ? ` (${parts.join(", ")})` : ""}.${skipped}${more}`;
}

interface Progress {
  text: string;
  received?: number;
  total?: number | null;
}

const kilobytes = (n: number) => `${Math.max(1, Math.round(n / 1024))} KB`;

export function FeedImport(props: FeedImportProps) {
  const { articles, reservedIds, matcher, onSaveArticles, requestFeedAccess, fetchFeed, parser } = props;
  const [input, setInput] = useState("");
  const [inputError, setInputError] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const running = useRef<AbortController | null>(null);
  // The import merges into the list as it is when the feed has arrived, not when it started.
  const latest = useRef(articles);
  latest.current = articles;
  useEffect(() => () => running.current?.abort(), []);

  const feeds = [...new Set(articles.flatMap((a) => (a.feed ? [a.feed] : [])))].map((feed) => {
    const own = articles.filter((a) => a.feed === feed);
    return { feed, count: own.length, title: own.find((a) => a.publishedBy)?.publishedBy ?? feed };
  });

  const importFeed = async (url: string, host: string, access: Promise<boolean>) => {
    const controller = new AbortController();
    running.current = controller;
    setStatus(null);
    const fail = (text: string, details?: string[]) => {
      setStatus({ kind: "error", text: `Nothing was imported: ${text}`, ...(details ? { details } : {}) });
    };
    try {
      setProgress({ text: `Asking for permission to read ${host}…` });
      let granted: boolean;
      try {
        granted = await access;
      } catch (error) {
        return fail(`Backstride could not ask for permission to read ${host} (${errorMessage(error)}).`);
      }
      if (!granted) return fail(`Backstride needs your permission to read the feed on ${host}.`);
      if (controller.signal.aborted) return fail("the import was cancelled.");

      setProgress({ text: `Downloading the feed from ${host}…`, received: 0, total: null });
      let fetched: FetchedFeed;
      try {
        fetched = await fetchFeed(url, {
          signal: controller.signal,
          onProgress: (received, total) =>
            setProgress({ text: `Downloading the feed from ${host}…`, received, total }),
        });
      } catch (error) {
        return fail(errorMessage(error));
      }

      setProgress({ text: "Reading the feed…" });
      const parsed = parseFeed(fetched.text, fetched.url, parser);
      if (!parsed.ok) return fail(parsed.errors[0]!, parsed.errors.slice(1));
      const feed = parsed.value;
      const title = feed.title || host;
      if (feed.entries.length === 0) return fail(`the feed "${title}" has no entries.`);

      setProgress({ text: `Finding glossary terms in ${plural(feed.entries.length, "entry", "entries")}…` });
      const result = feedToArticles(feed, url, matcher, latest.current, reservedIds);
      const checked = parseArticles(result.articles);
      if (!checked.ok) return fail("the feed's entries did not pass the checks.", checked.errors);
      if (controller.signal.aborted) return fail("the import was cancelled.");
      if (result.added + result.updated > 0) {
        setProgress({ text: "Saving…" });
        try {
          await onSaveArticles(checked.value);
        } catch (error) {
          return fail(`the articles could not be saved (${errorMessage(error)}).`);
        }
      }
      setStatus({ kind: "ok", text: importSummary(title, result, feed.omitted) });
      setInput("");
    } finally {
      if (running.current === controller) running.current = null;
      setProgress(null);
    }
  };

  /** Starts an import. Synchronous up to the permission request, which needs the user's click. */
  const start = (raw: string): boolean => {
    if (running.current) return false;
    const address = feedAddress(raw);
    if (!address.ok) {
      setInputError(address.error);
      return false;
    }
    setInputError(null);
    let access: Promise<boolean>;
    try {
      access = requestFeedAccess(address.url);
    } catch (error) {
      access = Promise.reject(error);
    }
    void importFeed(address.url, address.host, access);
    return true;
  };

  const removeFeed = async (feed: string, title: string) => {
    setConfirming(null);
    const rest = articles.filter((a) => a.feed !== feed);
    try {
      await onSaveArticles(rest);
      setStatus({
        kind: "ok",
        text: `Removed ${plural(articles.length - rest.length, "article")} from "${title}".`,
      });
    } catch (error) {
      setStatus({ kind: "error", text: `Could not remove the articles: ${errorMessage(error)}` });
    }
  };

  const errors = inputError ? [inputError] : undefined;
  const busy = progress !== null;
  return (
    <section aria-labelledby="feed-heading">
      <h2 id="feed-heading">Import articles from a blog's feed</h2>
      <p>
        Paste the address of an RSS or Atom feed, for example a running blog's "running backwards" tag feed.
        Backstride asks for permission to read that one site, adds each entry as an article and finds the
        glossary terms it is about. Importing the same feed again updates its articles.
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          start(input);
        }}
      >
        <div class={`field${inputError ? " invalid" : ""}`}>
          <label for="feed-url">Feed address (RSS or Atom)</label>
          <p id="feed-url-hint" class="hint">
            For example {EXAMPLE}
          </p>
          <div class="input-row">
            <input
              id="feed-url"
              type="url"
              inputMode="url"
              autoComplete="off"
              spellcheck={false}
              value={input}
              aria-invalid={inputError ? "true" : undefined}
              aria-describedby={describedBy("feed-url-hint", "feed-url-error", errors)}
              onInput={(e) => setInput(e.currentTarget.value)}
            />
            <button type="submit" aria-disabled={busy ? "true" : undefined}>
              Import feed
            </button>
          </div>
          <FieldError id="feed-url-error" errors={errors} />
        </div>
      </form>
      <div class="feed-progress" aria-busy={busy ? "true" : "false"}>
        <p id="feed-progress-text" role="status">
          {progress?.text}
          {progress?.received ? ` ${kilobytes(progress.received)}` : ""}
        </p>
        {progress && (
          <div class="actions">
            {progress.received !== undefined && (
              <progress
                aria-labelledby="feed-progress-text"
                {...(progress.total ? { max: progress.total, value: progress.received } : {})}
              />
            )}
            <button type="button" class="secondary" onClick={() => running.current?.abort()}>
              Cancel import
            </button>
          </div>
        )}
      </div>
      <Status message={status} />
      {feeds.length > 0 && (
        <>
          <h3 id="feeds-heading">Feeds you have imported</h3>
          <ul class="item-list" aria-labelledby="feeds-heading">
            {feeds.map(({ feed, count, title }) => (
              <li key={feed}>
                <span class="item-name">
                  {title} <span class="article-meta">{`${feed} · ${plural(count, "article")}`}</span>
                </span>
                {confirming === feed ? (
                  <span class="confirm">
                    <button type="button" class="danger" onClick={() => void removeFeed(feed, title)}>
                      Yes, remove {plural(count, "article")} from "{title}"
                    </button>
                    <button type="button" class="secondary" onClick={() => setConfirming(null)}>
                      Keep them
                    </button>
                  </span>
                ) : (
                  <span class="item-actions">
                    <button type="button" class="secondary" onClick={() => start(feed)}>
                      Refresh<span class="visually-hidden"> "{title}"</span>
                    </button>
                    <button type="button" class="secondary" onClick={() => setConfirming(feed)}>
                      Remove its articles<span class="visually-hidden"> ("{title}")</span>
                    </button>
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
