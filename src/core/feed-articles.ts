import * as v from "valibot";
import { type Article, HttpUrl } from "./article-schema.ts";
import type { Matcher } from "./matcher.ts";

// Turning a parsed RSS/Atom feed into reading-list articles, and merging them into the user's
// list. Pure: src/dom/feed-parser.ts does the XML and HTML, this module only sees plain text.
//
// Refreshing a feed (importing the same address again) updates the articles it added before:
// an entry is the same article when its link is the same address (ignoring http/https, "www."
// and a trailing slash), else when it has the same title (ignoring case and punctuation) as an
// article from this feed. Ids never change; entries gone from the feed stay in the list.
// An article the user added by hand, or from another feed, is never changed by an import.

/** One entry of a feed, reduced to plain text. */
export interface FeedEntry {
  title: string;
  /** The entry's web page, absolute; only http(s) addresses are kept. */
  url?: string;
  /** Plain text, whitespace collapsed, at most SUMMARY_MAX characters. */
  summary: string;
  /** The entry's whole plain text (description and content), when it has more than the summary. */
  text?: string;
  /** ISO 8601, when the feed gives a date that parses. */
  published?: string;
}

export interface Feed {
  title: string;
  entries: FeedEntry[];
  /** Entries past the per-feed limit, left out. */
  omitted?: number;
}

export interface FeedImport {
  /** The user's whole article list after the import. */
  articles: Article[];
  /** Entries of the feed that are now in the list: added + updated + unchanged. */
  entries: number;
  added: number;
  updated: number;
  unchanged: number;
  /** Entries left out: no usable title, or the same entry twice in the feed. */
  skipped: number;
  /** How many of the feed's entries have at least one glossary term as a topic. */
  related: number;
}

export const SUMMARY_MAX = 600;
export const TITLE_MAX = 300;
export const PUBLISHER_MAX = 120;
export const ID_MAX = 80;
export const TOPICS_MAX = 50;
export const FEED_TAG = "feed";

/** Collapses whitespace and cuts at a word boundary, marking the cut with an ellipsis. */
export function clipText(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, "")}…`;
}

/** "Don't run: 5 Tips" → "dont-run-5-tips": kebab-case, [a-z0-9-], at most `max` characters. */
export function slugify(text: string, max = ID_MAX): string {
  const slug = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’ʼ]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, max)
    .replace(/^-+|-+$/g, "");
  return slug === "" ? "article" : slug;
}

/** `base`, or `base-2`, `base-3`… — the first one not taken, still at most ID_MAX characters. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const id = `${base.slice(0, ID_MAX - suffix.length).replace(/-+$/, "")}${suffix}`;
    if (!taken.has(id)) return id;
  }
}

/** The part of an address that identifies a page: no scheme, "www.", fragment or trailing slash. */
export function addressKey(url: string): string | null {
  try {
    const u = new URL(url.trim());
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    const host = u.host.toLowerCase().replace(/^www\./, "");
    return `${host}${u.pathname.replace(/\/+$/, "")}${u.search}`;
  } catch {
    return null;
  }
}

/** Titles compared the way a reader would: case, accents, punctuation and spacing ignored. */
export function titleKey(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** A feed address in one spelling, so a refresh finds the articles of an earlier import. */
export function normalizeFeedUrl(url: string): string | null {
  try {
    const u = new URL(url.trim());
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    u.hash = "";
    return u.href;
  } catch {
    return null;
  }
}

const isHttpUrl = (url: string) => v.is(HttpUrl, url);

/**
 * The glossary terms an article is about: every term its title or summary names, in order,
 * then terms its full text names at least twice (a passing mention in a long post is not a topic).
 */
export function findTopics(
  matcher: Matcher,
  article: { title: string; summary: string; text?: string | undefined },
): string[] {
  const topics = [...new Set(matcher.scan(`${article.title}\u2029${article.summary}`).map((m) => m.termId))];
  if (article.text && article.text !== article.summary) {
    const counts = new Map<string, number>();
    for (const m of matcher.scan(article.text)) counts.set(m.termId, (counts.get(m.termId) ?? 0) + 1);
    const known = new Set(topics);
    const more = [...counts]
      .filter(([id, n]) => n >= 2 && !known.has(id))
      .sort((a, b) => b[1] - a[1])
      .map(([id]) => id);
    topics.push(...more);
  }
  return topics.slice(0, TOPICS_MAX);
}

interface Prepared {
  title: string;
  url: string | undefined;
  urlKey: string | null;
  titleKey: string;
  summary: string;
  topics: string[];
}

/** Same article, whatever order the stored copy's keys are in. */
const sameContent = (a: Article, b: Article) =>
  (["id", "title", "summary", "url", "searchQuery", "publishedBy", "feed"] as const).every(
    (k) => a[k] === b[k],
  ) &&
  a.topics.join() === b.topics.join() &&
  a.tags.join("\u0000") === b.tags.join("\u0000");

export function feedToArticles(
  feed: Feed,
  feedUrl: string,
  matcher: Matcher,
  existing: readonly Article[],
  reservedIds: ReadonlySet<string>,
): FeedImport {
  const feedAddress = normalizeFeedUrl(feedUrl) ?? feedUrl;
  const fromThisFeed = (a: Article) =>
    a.feed !== undefined && (normalizeFeedUrl(a.feed) ?? a.feed) === feedAddress;
  const host = (() => {
    try {
      return new URL(feedAddress).host;
    } catch {
      return "";
    }
  })();
  const publishedBy = clipText(feed.title, PUBLISHER_MAX) || clipText(host, PUBLISHER_MAX) || undefined;

  let skipped = 0;
  const prepared: Prepared[] = [];
  const seenUrls = new Set<string>();
  const seenTitles = new Set<string>();
  for (const entry of feed.entries) {
    const title = clipText(entry.title, TITLE_MAX);
    const url = entry.url !== undefined && isHttpUrl(entry.url) ? entry.url.trim() : undefined;
    const urlKey = url ? addressKey(url) : null;
    const key = titleKey(title);
    // An entry without a title the schema accepts is unusable; one listed twice is one article.
    const duplicate = urlKey ? seenUrls.has(urlKey) : seenTitles.has(key);
    if (title.length < 3 || key === "" || duplicate) {
      skipped++;
      continue;
    }
    if (urlKey) seenUrls.add(urlKey);
    else seenTitles.add(key);
    const summary = clipText(entry.summary, SUMMARY_MAX);
    prepared.push({
      title,
      url,
      urlKey,
      titleKey: key,
      summary,
      topics: findTopics(matcher, { title, summary, text: entry.text }),
    });
  }

  // Which existing article each entry is: first by address (any user article), then by title
  // (only articles from this feed, and only those no other entry has claimed).
  const match = new Map<Prepared, number>();
  const claimed = new Set<number>();
  const byAddress = new Map<string, number>();
  existing.forEach((a, i) => {
    const key = a.url ? addressKey(a.url) : null;
    if (key && !byAddress.has(key)) byAddress.set(key, i);
  });
  for (const p of prepared) {
    const at = p.urlKey ? byAddress.get(p.urlKey) : undefined;
    if (at !== undefined && !claimed.has(at)) {
      match.set(p, at);
      claimed.add(at);
    }
  }
  for (const p of prepared) {
    if (match.has(p)) continue;
    const at = existing.findIndex(
      (a, i) => !claimed.has(i) && fromThisFeed(a) && titleKey(a.title) === p.titleKey,
    );
    if (at >= 0) {
      match.set(p, at);
      claimed.add(at);
    }
  }

  const articles = [...existing];
  const taken = new Set([...reservedIds, ...existing.map((a) => a.id)]);
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  let related = 0;
  for (const p of prepared) {
    const at = match.get(p);
    const old = at === undefined ? undefined : existing[at];
    if (old && !fromThisFeed(old)) {
      // The user's own article (or another feed's) for the same page: left as it is.
      unchanged++;
      if (old.topics.length > 0) related++;
      continue;
    }
    const url = p.url ?? old?.url;
    const fresh: Article = {
      id: old?.id ?? uniqueId(slugify(p.title), taken),
      title: p.title,
      summary: p.summary,
      ...(url ? { url } : {}),
      ...(old?.searchQuery ? { searchQuery: old.searchQuery } : {}),
      topics: p.topics,
      ...(publishedBy ? { publishedBy } : {}),
      tags: old ? (old.tags.includes(FEED_TAG) ? old.tags : [...old.tags, FEED_TAG]) : [FEED_TAG],
      feed: old?.feed ?? feedAddress,
    };
    if (p.topics.length > 0) related++;
    if (old && at !== undefined) {
      if (sameContent(old, fresh)) unchanged++;
      else {
        articles[at] = fresh;
        updated++;
      }
    } else {
      taken.add(fresh.id);
      articles.push(fresh);
      added++;
    }
  }
  return { articles, entries: added + updated + unchanged, added, updated, unchanged, skipped, related };
}
