import type { Article } from "./article-schema.ts";
import type { Matcher } from "./matcher.ts";

// How strongly an article relates to a term, so cards and the popup can rank reading.
// A topic the title names beats one only the summary or curation gives; an article that covers
// the term's related terms counts for less.

export const WEIGHTS = { title: 3, topic: 2, related: 0.5, relatedCap: 1 } as const;

export interface IndexedArticle {
  article: Article;
  titleTopics: Set<string>;
  topics: Set<string>;
}

export interface Relation {
  article: Article;
  score: number;
  /** The term that earned most of the score, for the one-line reason. */
  via: string;
  direct: boolean;
}

export function indexArticles(articles: readonly Article[], matcher: Matcher): IndexedArticle[] {
  return articles.map((article) => ({
    article,
    titleTopics: new Set(matcher.scan(article.title).map((m) => m.termId)),
    topics: new Set(article.topics),
  }));
}

export function relate(entry: IndexedArticle, termId: string, related: readonly string[]): Relation | null {
  if (entry.titleTopics.has(termId))
    return { article: entry.article, score: WEIGHTS.title, via: termId, direct: true };
  if (entry.topics.has(termId))
    return { article: entry.article, score: WEIGHTS.topic, via: termId, direct: true };
  const shared = related.filter((r) => entry.topics.has(r) || entry.titleTopics.has(r));
  if (shared.length === 0) return null;
  return {
    article: entry.article,
    score: Math.min(WEIGHTS.relatedCap, shared.length * WEIGHTS.related),
    via: shared[0]!,
    direct: false,
  };
}

/** Articles for one term, best first; ties keep library order. */
export function articlesForTerm(
  index: readonly IndexedArticle[],
  termId: string,
  related: readonly string[],
  limit = 3,
): Relation[] {
  return index
    .flatMap((e) => relate(e, termId, related) ?? [])
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}

/**
 * Articles for a whole page: each found term adds its relation score, damped by how often it
 * occurs (a page that says "knee" forty times is not forty times about knees).
 */
export function articlesForPage(
  index: readonly IndexedArticle[],
  pageTerms: readonly { termId: string; count: number }[],
  relatedOf: (termId: string) => readonly string[],
  limit = 5,
): Relation[] {
  const totals = new Map<IndexedArticle, Relation>();
  for (const { termId, count } of pageTerms) {
    const weight = 1 + Math.log(Math.max(1, count));
    for (const entry of index) {
      const r = relate(entry, termId, relatedOf(termId));
      if (!r) continue;
      const prev = totals.get(entry);
      const score = (prev?.score ?? 0) + r.score * weight;
      const keepVia = prev && (prev.direct || !r.direct);
      totals.set(entry, {
        ...r,
        score,
        via: keepVia ? prev.via : r.via,
        direct: keepVia ? prev.direct : r.direct,
      });
    }
  }
  return [...totals.values()].sort((a, b) => b.score - a.score).slice(0, limit);
}
