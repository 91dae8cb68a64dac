import glossaryData from "../data/glossary.json";
import { parseCustomTerms, withCustomTerms } from "../core/custom-terms.ts";
import { compileGlossary, formsOf } from "../core/glossary-index.ts";
import { type EncodedTrie, encodeTrie } from "../core/compiled-trie.ts";
import { buildTrie } from "../core/trie-builder.ts";
import { type Glossary, type Term, parseGlossary } from "../core/glossary-schema.ts";
import { createTermSearch } from "../core/term-search.ts";
import type { CardData } from "../messaging/protocol.ts";

// The background's view of all terms: the shipped glossary plus the user's custom terms.
// Rebuilt from storage on demand, so a service-worker restart loses nothing.

const parsed = parseGlossary(glossaryData);
if (!parsed.ok) throw new Error(`bundled glossary invalid: ${parsed.errors.join("; ")}`);
export const builtIn: Glossary = parsed.value;

/** The user's custom terms, or none when the stored value does not validate. */
export function customTerms(storedCustom: unknown): Term[] {
  const custom = parseCustomTerms(storedCustom, builtIn.terms);
  return custom.ok ? custom.value : [];
}

export function allTerms(storedCustom: unknown): Term[] {
  return withCustomTerms(builtIn.terms, storedCustom);
}

export function cardFor(terms: Term[], termId: string, articles: CardData["articles"] = []): CardData | null {
  const byId = new Map(terms.map((t) => [t.id, t]));
  const term = byId.get(termId);
  if (!term) return null;
  const related = term.related.flatMap((id) => {
    const r = byId.get(id);
    return r ? [{ id: r.id, label: r.label }] : [];
  });
  return { term, related, articles };
}

export function searchFor(terms: Term[]) {
  return createTermSearch(terms, compileGlossary({ ...builtIn, terms }));
}

// Compiling takes milliseconds and every page asks for it: keep the last result, keyed by the
// custom terms it was built from (derived data only; a restarted worker simply rebuilds it).
let compiled: { key: string; trie: EncodedTrie } | null = null;

/** The matcher for the built-in terms plus the valid custom ones, encoded for a content script. */
export function encodedMatcher(storedCustom: unknown): EncodedTrie {
  const custom = customTerms(storedCustom);
  const key = JSON.stringify(custom.map((t) => [t.id, t.label, t.aliases, t.abbreviations]));
  if (compiled?.key !== key) {
    compiled = { key, trie: encodeTrie(buildTrie([...builtIn.terms, ...custom].flatMap(formsOf))) };
  }
  return compiled.trie;
}
