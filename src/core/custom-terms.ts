import * as v from "valibot";
import { type ParseResult, type Term, TermSchema } from "./glossary-schema.ts";
import { prepareForm } from "./form.ts";
import type { FormEntry } from "./matcher.ts";
import { formsOf } from "./glossary-index.ts";

// Terms a user adds: the glossary's own term schema, plus checks against the shipped glossary
// so a custom term can never hijack a built-in id or phrase.

export const CustomTermsSchema = v.pipe(v.array(TermSchema), v.maxLength(500));

const formKey = (e: FormEntry) => {
  const p = prepareForm(e.form, e.caseSensitive);
  return p.sensitive ? `${p.key}|${p.template}` : p.key;
};

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
  const owners = new Map<string, string>();
  for (const e of builtIn.flatMap(formsOf)) owners.set(formKey(e), e.termId);
  const allIds = new Set([...builtInIds, ...result.output.map((t) => t.id)]);
  const seenIds = new Set<string>();
  result.output.forEach((term, i) => {
    if (builtInIds.has(term.id)) errors.push(`${i}.id: "${term.id}" is already a glossary term`);
    if (seenIds.has(term.id)) errors.push(`${i}.id: "${term.id}" is used twice`);
    seenIds.add(term.id);
    for (const e of formsOf(term)) {
      const owner = owners.get(formKey(e));
      if (owner && owner !== term.id)
        errors.push(`${i}: the phrase "${e.form}" already belongs to "${owner}"`);
      owners.set(formKey(e), term.id);
    }
    term.related.forEach((r, j) => {
      if (!allIds.has(r)) errors.push(`${i}.related.${j}: no term has the id "${r}"`);
    });
  });
  return errors.length ? { ok: false, errors } : { ok: true, value: result.output };
}
