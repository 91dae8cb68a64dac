import type { Term } from "../core/glossary-schema.ts";
import type { EncodedTrie } from "../core/compiled-trie.ts";
import type { Settings } from "../core/settings.ts";

// Every message between the extension's parts, in one place: a wrong name or payload is a
// compile error on both the sending and the handling side.

export interface TermRef {
  id: string;
  label: string;
}

/** A link to an article: its real address, or a web search for its title when that is unknown. */
export interface ArticleLink {
  id: string;
  title: string;
  url: string;
  reason: string;
  isSearch: boolean;
}

/** Everything a card shows for one term. */
export interface CardData {
  term: Term;
  related: TermRef[];
  articles: ArticleLink[];
}

export interface PageTerm {
  termId: string;
  count: number;
}

/** Messages the background answers (from content scripts, the popup and the options page). */
export type BackgroundProtocol = {
  "page-terms": { request: { termIds: string[] }; response: { shown: number } };
  "get-card": { request: { termId: string }; response: CardData | null };
  "set-site-active": { request: { site: string; active: boolean }; response: Settings };
  /**
   * The matcher for the built-in and the user's custom terms, compiled by the background: pages
   * only decode it, and the schema, the forms and the trie builder stay out of the content script.
   */
  matcher: { request: Record<string, never>; response: EncodedTrie };
  /** The card's stylesheet, asked for when the first card opens on a page. */
  "card-style": { request: Record<string, never>; response: { css: string } };
  /** The settings, read and validated by the background (the schema stays out of pages). */
  settings: { request: Record<string, never>; response: Settings };
  /** Reading ranked by every term on a page (the popup's "Reading for this page"). */
  "page-reading": { request: { terms: PageTerm[] }; response: ArticleLink[] };
  /** Titles the content script looks for, to learn articles' real addresses. */
  "article-titles": { request: Record<string, never>; response: { id: string; title: string }[] };
  "learn-address": { request: { articleId: string; url: string }; response: { learned: boolean } };
};

/** Messages a content script answers (from the popup and the background). */
export type ContentProtocol = {
  /** `site` is the page's own host: the popup cannot read the tab's address without extra permissions. */
  "list-terms": {
    request: Record<string, never>;
    response: { terms: PageTerm[]; active: boolean; site: string | null };
  };
  "reveal-term": { request: { termId: string }; response: { found: boolean } };
  "next-term": { request: Record<string, never>; response: { found: boolean } };
  "toggle-highlights": { request: Record<string, never>; response: { visible: boolean } };
  "open-card": { request: { termId: string }; response: { opened: boolean } };
  "explain-miss": { request: { text: string; suggestions: TermRef[] }; response: { shown: boolean } };
};

type AnyProtocol = Record<string, { request: unknown; response: unknown }>;
export type Envelope<P extends AnyProtocol, T extends keyof P = keyof P> = {
  type: T;
  payload: P[T]["request"];
};

// Records rather than arrays, so forgetting a message type is a compile error.
const BACKGROUND_TYPE_SET: Record<keyof BackgroundProtocol, true> = {
  "page-terms": true,
  "get-card": true,
  "set-site-active": true,
  matcher: true,
  "card-style": true,
  settings: true,
  "page-reading": true,
  "article-titles": true,
  "learn-address": true,
};
const CONTENT_TYPE_SET: Record<keyof ContentProtocol, true> = {
  "list-terms": true,
  "reveal-term": true,
  "next-term": true,
  "toggle-highlights": true,
  "open-card": true,
  "explain-miss": true,
};
export const BACKGROUND_TYPES = /* @__PURE__ */ Object.keys(
  BACKGROUND_TYPE_SET,
) as (keyof BackgroundProtocol)[];
export const CONTENT_TYPES = /* @__PURE__ */ Object.keys(CONTENT_TYPE_SET) as (keyof ContentProtocol)[];

/** A received message has the envelope shape and one of `types`; payloads are checked by handlers. */
export function isEnvelope<P extends AnyProtocol>(
  message: unknown,
  types: readonly (keyof P)[],
): message is Envelope<P> {
  if (typeof message !== "object" || message === null) return false;
  const { type, payload } = message as Record<string, unknown>;
  return (
    typeof type === "string" &&
    (types as readonly unknown[]).includes(type) &&
    typeof payload === "object" &&
    payload !== null
  );
}
