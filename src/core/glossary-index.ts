import type { Glossary, Term } from "./glossary-schema.ts";
import type { FormEntry, Matcher } from "./matcher.ts";
import { compileMatcher } from "./trie-builder.ts";

/** Every phrase a term is recognised by: label and aliases ignore case, abbreviations do not. */
export function formsOf(term: Term): FormEntry[] {
  return [
    { termId: term.id, form: term.label, caseSensitive: false },
    ...term.aliases.map((form) => ({ termId: term.id, form, caseSensitive: false })),
    ...term.abbreviations.map((form) => ({ termId: term.id, form, caseSensitive: true })),
  ];
}

export function compileGlossary(glossary: Glossary): Matcher {
  return compileMatcher(glossary.terms.flatMap(formsOf));
}

export function termsById(glossary: Glossary): Map<string, Term> {
  return new Map(glossary.terms.map((t) => [t.id, t]));
}
