import Fuse from "fuse.js";
import type { Term } from "./glossary-schema.ts";
import type { Matcher } from "./matcher.ts";

// Looking a term up by what a person types or selects: exact glossary phrases first (the
// matcher, so "ITBS" and "knees" resolve as they do on pages), then Fuse.js for typos.

export interface SearchHit {
  term: Term;
  exact: boolean;
}

export interface TermSearch {
  search(query: string, limit?: number): SearchHit[];
}

export function createTermSearch(terms: readonly Term[], matcher: Matcher): TermSearch {
  const byId = new Map(terms.map((t) => [t.id, t]));
  const fuse = new Fuse([...terms], {
    keys: [
      { name: "label", weight: 3 },
      { name: "aliases", weight: 2 },
      { name: "abbreviations", weight: 2 },
      { name: "summary", weight: 0.3 },
    ],
    threshold: 0.4,
    ignoreLocation: true,
    // Short fields weigh more: "kne" should find "Knee" before "Dynamic knee valgus".
    fieldNormWeight: 2,
    includeScore: true,
  });
  return {
    search(query, limit = 8) {
      const q = query.trim().slice(0, 200);
      if (q === "") return [];
      const exact = exactTerm(q, matcher, byId);
      const fuzzy = fuse
        .search(q, { limit: limit + 1 })
        .map((r) => r.item)
        .filter((t) => t.id !== exact?.id);
      return [
        ...(exact ? [{ term: exact, exact: true }] : []),
        ...fuzzy.map((term) => ({ term, exact: false })),
      ].slice(0, limit);
    },
  };
}

/** The term a selection names, when one glossary phrase covers all of it. */
function exactTerm(text: string, matcher: Matcher, byId: Map<string, Term>): Term | undefined {
  const [first, ...rest] = matcher.scan(text);
  if (!first || rest.length > 0) return undefined;
  const outside = text.slice(0, first.start) + text.slice(first.end);
  return /[\p{L}\p{N}]/u.test(outside) ? undefined : byId.get(first.termId);
}
