import { type Article, parseArticles } from "../../core/article-schema.ts";
import { type FeedImport, feedToArticles } from "../../core/feed-articles.ts";
import type { Matcher } from "../../core/matcher.ts";
import { parseFeed } from "../../dom/feed-parser.ts";
import { t } from "../../platform/i18n.ts";

// A downloaded feed merged into the reading list, up to what is to be stored. FeedImport.tsx
// fetches, reports progress and writes; everything that decides what is written is here, so it
// can be tested against storage. Nothing is to be written unless the whole new list is valid.

export interface FeedMergeInput {
  /** The downloaded document. */
  text: string;
  /** Where it was downloaded from, after redirects: relative links resolve against it. */
  fetchedUrl: string;
  /** The feed's address as the user gave it: the imported articles' `feed`. */
  feedUrl: string;
  /** Stands in for the feed's title when it has none. */
  host: string;
  matcher: Matcher;
  /** The user's articles as they are now. */
  existing: readonly Article[];
  /** Ids of the shipped articles, which an imported one may not take. */
  reservedIds: ReadonlySet<string>;
  parser?: DOMParser | undefined;
}

export type FeedMerge =
  | {
      ok: true;
      title: string;
      result: FeedImport;
      omitted: number | undefined;
      /** The whole new list to store, or null when the import changes nothing. */
      save: Article[] | null;
    }
  | { ok: false; error: string; details?: string[] };

/** Parses the feed and merges its entries into `existing`; `onEntries` hears how many it has. */
export function mergeFeed(input: FeedMergeInput, onEntries?: (count: number) => void): FeedMerge {
  const parsed = parseFeed(input.text, input.fetchedUrl, input.parser);
  if (!parsed.ok) return { ok: false, error: parsed.errors[0]!, details: parsed.errors.slice(1) };
  const feed = parsed.value;
  const title = feed.title || input.host;
  if (feed.entries.length === 0) return { ok: false, error: t("feedNoEntries", title) };

  onEntries?.(feed.entries.length);
  const result = feedToArticles(feed, input.feedUrl, input.matcher, input.existing, input.reservedIds);
  const checked = parseArticles(result.articles);
  if (!checked.ok) return { ok: false, error: t("feedChecksFailed"), details: checked.errors };
  return {
    ok: true,
    title,
    result,
    omitted: feed.omitted,
    save: result.added + result.updated > 0 ? checked.value : null,
  };
}
