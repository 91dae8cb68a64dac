import glossaryData from "../data/glossary.json";
import { parseCustomTerms, withCustomTerms } from "../core/custom-terms.ts";
import { compileGlossary } from "../core/glossary-index.ts";
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
