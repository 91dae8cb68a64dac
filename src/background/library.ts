import articlesData from "../data/articles.json";
import { articlesForPage, articlesForTerm, indexArticles, type Relation } from "../core/article-relations.ts";
import { type Article, parseArticles, parseLibrary } from "../core/article-schema.ts";
import { compileGlossary } from "../core/glossary-index.ts";
import { normalizeTitle } from "../core/title-match.ts";
import type { Term } from "../core/glossary-schema.ts";
import type { ArticleLink, PageTerm } from "../messaging/protocol.ts";
import { builtIn } from "./glossary.ts";

// The reading library as the background serves it: shipped articles plus the user's own,
// linked by their real address when known or learned, else by an honest web search.

const shipped = parseLibrary(articlesData);
if (!shipped.ok) throw new Error(`bundled article library invalid: ${shipped.errors.join("; ")}`);
const builtInArticles = shipped.value.articles;
const titleMatcher = compileGlossary(builtIn);

/** The user's valid articles, minus any that duplicate a shipped one (same id or same title). */
function userArticles(storedUser: unknown): Article[] {
  const user = parseArticles(storedUser);
  if (!user.ok) return [];
  const shippedIds = new Set(builtInArticles.map((a) => a.id));
  const shippedTitles = new Set(builtInArticles.map((a) => normalizeTitle(a.title)));
  return user.value.filter((a) => !shippedIds.has(a.id) && !shippedTitles.has(normalizeTitle(a.title)));
}

export function allArticles(storedUser: unknown): Article[] {
  return [...builtInArticles, ...userArticles(storedUser)];
}

/**
 * Addresses of shipped articles that the user's own list knows, e.g. after importing the feed
 * of the blog they come from; learned addresses still win.
 */
export function addressesFromUserList(storedUser: unknown): Record<string, string> {
  const user = parseArticles(storedUser);
  if (!user.ok) return {};
  const found: Record<string, string> = {};
  for (const shipped of builtInArticles) {
    const same = user.value.find((a) => a.url && normalizeTitle(a.title) === normalizeTitle(shipped.title));
    if (same?.url) found[shipped.id] = same.url;
  }
  return found;
}

export function searchUrl(article: Article): string {
  const query = article.searchQuery ?? `"${article.title}"`;
  return `https://duckduckgo.com/?q=${encodeURIComponent(query)}`;
}

function linkFor(
  r: Relation,
  addresses: Record<string, string>,
  labelOf: (id: string) => string,
): ArticleLink {
  const known = addresses[r.article.id] ?? r.article.url;
  const label = labelOf(r.via);
  return {
    id: r.article.id,
    title: r.article.title,
    url: known ?? searchUrl(r.article),
    isSearch: known === undefined,
    reason: r.direct ? `discusses ${label}` : `about ${label}, a related term`,
  };
}

export interface Reading {
  forTerm(termId: string, limit?: number): ArticleLink[];
  forPage(terms: readonly PageTerm[], limit?: number): ArticleLink[];
}

export function reading(articles: Article[], terms: Term[], addresses: Record<string, string>): Reading {
  const byId = new Map(terms.map((t) => [t.id, t]));
  const index = indexArticles(articles, titleMatcher);
  const prose = terms.map((t) => `${t.summary} ${t.explanation} ${t.forRunners}`).join(" ");
  const labelOf = (id: string) => {
    const term = byId.get(id);
    return term ? inSentence(term, prose) : id;
  };
  const relatedOf = (id: string) => byId.get(id)?.related ?? [];
  return {
    forTerm: (termId, limit = 3) =>
      articlesForTerm(index, termId, relatedOf(termId), limit).map((r) => linkFor(r, addresses, labelOf)),
    forPage: (pageTerms, limit = 5) =>
      articlesForPage(index, pageTerms, relatedOf, limit).map((r) => linkFor(r, addresses, labelOf)),
  };
}

/**
 * A label as it reads mid-sentence: "lateral knee pain", but "Newton's third law" keeps its
 * capital. The glossary's own prose tells which: a name stays capitalised mid-sentence.
 */
export function inSentence(term: Term, prose: string): string {
  const first = /^\p{Lu}\p{Ll}+/u.exec(term.label)?.[0];
  if (!first) return term.label; // "ITBS", or already lower case
  // A possessive ("Newton's") or a capital after a lower-case word ("the Achilles") marks a name.
  const possessive = new RegExp(`^${first}['’]s\\b`, "u").test(term.label);
  const midSentence = new RegExp(`(?:^|\\s)\\p{Ll}+ ${first}\\b`, "u").test(prose);
  const properNoun = possessive || midSentence;
  return properNoun ? term.label : first[0]!.toLowerCase() + term.label.slice(1);
}
