import * as v from "valibot";
import { type ParseResult, type Term, TermSchema } from "./glossary-schema.ts";
import { prepareForm } from "./form.ts";
import type { FormEntry } from "./matcher.ts";
import { inflections } from "./inflect.ts";
import { formsOf } from "./glossary-index.ts";

// Terms a user adds: the glossary's own term schema, plus checks against the shipped glossary
// so a custom term can never hijack a built-in id or phrase.

export const CustomTermsSchema = v.pipe(v.array(TermSchema), v.maxLength(500));

/**
 * The letters a form and its generated plurals occupy, ignoring case: a custom "KNEE" or
 * "knees" would otherwise outrank the built-in "knee" on pages that write it that way.
 */
const formKeys = (e: FormEntry) =>
  [e.form, ...inflections(e.form)].map((f) => prepareForm(f, e.caseSensitive).key);

const ownersCache = new WeakMap<readonly Term[], Map<string, string>>();

/** Which built-in term owns each phrase key; computed once per glossary. */
function builtInOwners(builtIn: readonly Term[]): Map<string, string> {
  let owners = ownersCache.get(builtIn);
  if (!owners) {
    owners = new Map();
    for (const e of builtIn.flatMap(formsOf)) for (const key of formKeys(e)) owners.set(key, e.termId);
    ownersCache.set(builtIn, owners);
  }
  return owners;
}

export function parseCustomTerms(data: unknown, builtIn: readonly Term[]): ParseResult<Term[]> {
  const result = v.safeParse(CustomTermsSchema, data);
  if (!result.success) {
    return {
      ok: false,
      errors: result.issues.slice(0, 20).map((i) => `${v.getDotPath(i) ?? "terms"}: ${i.message}`),
    };
  }
  const errors: string[] = [];
  const builtInIds = new Set(builtIn.map((t) => t.id));
  const owners = new Map(builtInOwners(builtIn));
  const allIds = new Set([...builtInIds, ...result.output.map((t) => t.id)]);
  const seenIds = new Set<string>();
  result.output.forEach((term, i) => {
    if (builtInIds.has(term.id)) errors.push(`${i}.id: "${term.id}" is already a glossary term`);
    if (seenIds.has(term.id)) errors.push(`${i}.id: "${term.id}" is used twice`);
    seenIds.add(term.id);
    for (const e of formsOf(term)) {
      const keys = formKeys(e);
      const owner = keys.map((k) => owners.get(k)).find((o) => o !== undefined && o !== term.id);
      if (owner) errors.push(`${i}: the phrase "${e.form}" already belongs to "${owner}"`);
      for (const key of keys) owners.set(key, term.id);
    }
    term.related.forEach((r, j) => {
      if (!allIds.has(r)) errors.push(`${i}.related.${j}: no term has the id "${r}"`);
    });
  });
  return errors.length ? { ok: false, errors } : { ok: true, value: result.output };
}

/** The built-in terms plus the user's stored ones; an invalid stored list adds nothing. */
export function withCustomTerms(builtIn: readonly Term[], storedCustom: unknown): Term[] {
  const custom = parseCustomTerms(storedCustom, builtIn);
  return custom.ok ? [...builtIn, ...custom.value] : [...builtIn];
}
