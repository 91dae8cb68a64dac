import * as v from "valibot";
import { formProblem } from "./form.ts";

// One schema for the shipped glossary and for anything a user imports later: both go through
// `parseGlossary`, so an import can never hold data the card cannot show.

export const CATEGORIES = [
  "anatomy",
  "biomechanics",
  "gait",
  "muscle-action",
  "training",
  "injury",
  "backward-running",
] as const;

const text = (min: number, max: number) => v.pipe(v.string(), v.trim(), v.minLength(min), v.maxLength(max));

const TermId = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case: lower-case letters, digits and single hyphens"),
  v.maxLength(80),
);

const Form = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(80),
  v.check(
    (form) => formProblem(form) === null,
    (issue) => `form ${JSON.stringify(issue.input)} ${formProblem(issue.input as string)}`,
  ),
);

const HttpUrl = v.pipe(
  v.string(),
  v.url(),
  v.check((u) => /^https?:\/\//i.test(u), "must be an http(s) address"),
);

const Source = v.strictObject({ title: text(1, 300), url: HttpUrl });

const sentenceCount = (s: string) =>
  s.split(/(?<=[.!?])\s+(?=[A-Z0-9"“(])/u).filter((x) => x.trim() !== "").length;

export const TermSchema = v.strictObject({
  id: TermId,
  label: v.pipe(Form, v.maxLength(60)),
  aliases: v.optional(v.array(Form), []),
  abbreviations: v.optional(v.array(Form), []),
  category: v.picklist(CATEGORIES),
  summary: text(10, 170),
  explanation: v.pipe(
    text(40, 1200),
    v.check((s) => sentenceCount(s) >= 2 && sentenceCount(s) <= 5, "must be 2 to 5 sentences"),
  ),
  forRunners: text(20, 800),
  related: v.optional(v.array(TermId), []),
  sources: v.pipe(v.array(Source), v.minLength(1, "needs at least one source")),
});

export const GlossarySchema = v.pipe(
  v.strictObject({
    format: v.literal(1),
    language: v.pipe(v.string(), v.regex(/^[a-z]{2}(?:-[A-Z]{2})?$/)),
    terms: v.array(TermSchema),
  }),
  v.check(
    (g) => duplicateIds(g.terms).length === 0,
    (issue) =>
      `duplicate term ids: ${duplicateIds((issue.input as { terms: { id: string }[] }).terms).join(", ")}`,
  ),
);

export type Term = v.InferOutput<typeof TermSchema>;
export type Glossary = v.InferOutput<typeof GlossarySchema>;
export type Category = (typeof CATEGORIES)[number];

function duplicateIds(terms: readonly { id: string }[]): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const t of terms) (seen.has(t.id) ? dupes : seen).add(t.id);
  return [...dupes];
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Validates unknown data (shipped or imported) into a glossary, with readable error paths. */
export function parseGlossary(data: unknown): ParseResult<Glossary> {
  const result = v.safeParse(GlossarySchema, data);
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, errors: result.issues.slice(0, 20).map(describeIssue) };
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? []).map((p) => String(p.key)).join(".");
  return path ? `${path}: ${issue.message}` : issue.message;
}
