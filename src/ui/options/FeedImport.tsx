import { useEffect, useRef, useState } from "preact/hooks";
import type { Article } from "../../core/article-schema.ts";
import { type FeedImport as FeedImportResult, normalizeFeedUrl } from "../../core/feed-articles.ts";
import type { Matcher } from "../../core/matcher.ts";
import { mergeFeed } from "./feed-merge.ts";
import type { FetchedFeed } from "./fetch-feed.ts";
import {
  FieldError,
  Status,
  type StatusMessage,
  articleCount,
  describedBy,
  errorMessage,
} from "./Messages.tsx";
import { t } from "../../platform/i18n.ts";

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
  if (text === "") return { ok: false, error: t("feedEnterAddress", EXAMPLE) };
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) && !/^https?:\/\//i.test(text))
    return { ok: false, error: t("feedOnlyHttp") };
  const url = normalizeFeedUrl(/^https?:\/\//i.test(text) ? text : `https://${text}`);
  const host = url === null ? "" : new URL(url).hostname;
  // A bare word ("feed") would be read as a host name; nobody means that.
  if (url === null || !(host.includes(".") || host === "localhost" || host.startsWith("[")))
    return { ok: false, error: t("feedNotAnAddress", text, EXAMPLE) };
  return { ok: true, url, host: new URL(url).host };
}

/** "Imported "Blog": 12 articles, 9 related to glossary terms (3 new, 9 unchanged)." */
export function importSummary(title: string, r: FeedImportResult, omitted = 0): string {
  const parts = [
    r.added ? t("feedNew", String(r.added)) : null,
    r.updated ? t("feedUpdated", String(r.updated)) : null,
    r.unchanged ? t("feedUnchanged", String(r.unchanged)) : null,
  ].filter((part) => part !== null);
  const articles = articleCount(r.entries);
  const related = String(r.related);
  const sentences = [
    parts.length
      ? t("feedImportedSummaryDetails", title, articles, related, parts.join(", "))
      : t("feedImportedSummary", title, articles, related),
  ];
  if (r.skipped) sentences.push(t(r.skipped === 1 ? "feedSkippedOne" : "feedSkippedMany", String(r.skipped)));
  if (omitted) sentences.push(t(omitted === 1 ? "feedOmittedOne" : "feedOmittedMany", String(omitted)));
  return sentences.join(" ");
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
      setStatus({ kind: "error", text: t("optionsNothingImported", text), ...(details ? { details } : {}) });
    };
    try {
      setProgress({ text: t("feedAskingPermission", host) });
      let granted: boolean;
      try {
        granted = await access;
      } catch (error) {
        return fail(t("feedPermissionError", host, errorMessage(error)));
      }
      if (!granted) return fail(t("feedPermissionDenied", host));
      if (controller.signal.aborted) return fail(t("feedImportCancelled"));

      setProgress({ text: t("feedDownloading", host), received: 0, total: null });
      let fetched: FetchedFeed;
      try {
        fetched = await fetchFeed(url, {
          signal: controller.signal,
          onProgress: (received, total) => setProgress({ text: t("feedDownloading", host), received, total }),
        });
      } catch (error) {
        return fail(errorMessage(error));
      }

      setProgress({ text: t("feedReading") });
      const merged = mergeFeed(
        {
          text: fetched.text,
          fetchedUrl: fetched.url,
          feedUrl: url,
          host,
          matcher,
          existing: latest.current,
          reservedIds,
          parser,
        },
        (entries) =>
          setProgress({
            text: t(entries === 1 ? "feedFindingTermsOne" : "feedFindingTermsMany", String(entries)),
          }),
      );
      if (!merged.ok) return fail(merged.error, merged.details);
      if (controller.signal.aborted) return fail(t("feedImportCancelled"));
      if (merged.save) {
        setProgress({ text: t("feedSaving") });
        try {
          await onSaveArticles(merged.save);
        } catch (error) {
          return fail(t("feedSaveFailed", errorMessage(error)));
        }
      }
      setStatus({ kind: "ok", text: importSummary(merged.title, merged.result, merged.omitted) });
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
      setStatus({ kind: "ok", text: t("feedRemoved", articleCount(articles.length - rest.length), title) });
    } catch (error) {
      setStatus({ kind: "error", text: t("feedRemoveFailed", errorMessage(error)) });
    }
  };

  const errors = inputError ? [inputError] : undefined;
  const busy = progress !== null;
  return (
    <section aria-labelledby="feed-heading">
      <h2 id="feed-heading">{t("feedHeading")}</h2>
      <p>{t("feedIntro")}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          start(input);
        }}
      >
        <div class={`field${inputError ? " invalid" : ""}`}>
          <label for="feed-url">{t("feedAddressLabel")}</label>
          <p id="feed-url-hint" class="hint">
            {t("feedAddressHint", EXAMPLE)}
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
              {t("feedImportButton")}
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
              {t("feedCancelImport")}
            </button>
          </div>
        )}
      </div>
      <Status message={status} />
      {feeds.length > 0 && (
        <>
          <h3 id="feeds-heading">{t("feedImportedHeading")}</h3>
          <ul class="item-list" aria-labelledby="feeds-heading">
            {feeds.map(({ feed, count, title }) => (
              <li key={feed}>
                <span class="item-name">
                  {title} <span class="article-meta">{`${feed} · ${articleCount(count)}`}</span>
                </span>
                {confirming === feed ? (
                  <span class="confirm">
                    <button type="button" class="danger" onClick={() => void removeFeed(feed, title)}>
                      {t("feedConfirmRemove", articleCount(count), title)}
                    </button>
                    <button type="button" class="secondary" onClick={() => setConfirming(null)}>
                      {t("feedKeepThem")}
                    </button>
                  </span>
                ) : (
                  <span class="item-actions">
                    <button type="button" class="secondary" onClick={() => start(feed)}>
                      {t("feedRefresh")}
                      <span class="visually-hidden"> {t("optionsQuoted", title)}</span>
                    </button>
                    <button type="button" class="secondary" onClick={() => setConfirming(feed)}>
                      {t("feedRemoveArticles")}
                      <span class="visually-hidden"> ({t("optionsQuoted", title)})</span>
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
