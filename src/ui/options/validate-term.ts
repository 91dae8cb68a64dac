import { parseCustomTerms } from "../../core/custom-terms.ts";
import type { Term } from "../../core/glossary-schema.ts";
import {
  type FieldErrors,
  type TermData,
  type TermDraft,
  dataFromDraft,
  humanize,
  splitError,
} from "./term-draft.ts";
import { t } from "../../platform/i18n.ts";

// Validates the term being added or edited with parseCustomTerms and maps every error to the
// field it is about ("0.sources.1.url" → the second source's address).

export type EditResult = { ok: true; term: Term } | { ok: false; fields: FieldErrors; other: string[] };

const PHRASE = /^the phrase "(.*)" already belongs to "(.*)"$/;

const FILLER = {
  id: "x-backstride-placeholder",
  label: "xq backstride placeholder",
  category: "gait",
  summary: "A placeholder summary.",
  explanation: "A placeholder sentence for the check. Another placeholder sentence.",
  forRunners: "A placeholder for runners.",
  sources: [{ title: "placeholder", url: "https://example.org/" }],
};

/**
 * parseCustomTerms checks ids, phrases and related ids only once every field passes the schema.
 * To report those problems together with the field errors, the failed parts are swapped for
 * valid filler and the rest is checked again.
 */
function withFiller(data: TermData, failed: string[][]): TermData {
  const bad = (field: string) => failed.filter((p) => p[0] === field);
  const keep = (field: "aliases" | "abbreviations" | "related") => {
    if (bad(field).some((p) => p.length === 1)) return [];
    const dropped = new Set(bad(field).map((p) => Number(p[1])));
    return data[field].filter((_, i) => !dropped.has(i));
  };
  const pick = <K extends keyof typeof FILLER>(field: K) => (bad(field).length ? FILLER[field] : data[field]);
  return {
    ...data,
    id: pick("id"),
    label: pick("label"),
    category: pick("category"),
    summary: pick("summary"),
    explanation: pick("explanation"),
    forRunners: pick("forRunners"),
    sources: pick("sources"),
    aliases: keep("aliases"),
    abbreviations: keep("abbreviations"),
    related: keep("related"),
  };
}

/**
 * Validates one term (new or edited) together with the other custom terms. The term goes last,
 * so duplicates and phrase collisions are reported on it, not on the terms already saved.
 */
export function validateTerm(
  draft: TermDraft,
  others: readonly Term[],
  builtIn: readonly Term[],
): EditResult {
  const data = dataFromDraft(draft);
  const first = parseCustomTerms([...others, data], builtIn);
  if (first.ok) return { ok: true, term: first.value[others.length]! };
  const index = String(others.length);
  const failed = first.errors
    .map(splitError)
    .flatMap(({ path }) => (path[0] === index ? [path.slice(1)] : []));
  const second = parseCustomTerms([...others, withFiller(data, failed)], builtIn);
  const errors = [...new Set([...first.errors, ...(second.ok ? [] : second.errors)])];

  const fields: FieldErrors = {};
  const other: string[] = [];
  const add = (key: string, message: string) => {
    const list = (fields[key] ??= []);
    if (!list.includes(message)) list.push(message);
  };
  for (const error of errors) {
    const { path, message } = splitError(error);
    if (path[0] !== index) {
      const owner = others[Number(path[0])];
      other.push(owner ? t("optionsOtherTermProblem", owner.label, humanize(message)) : humanize(message));
      continue;
    }
    const phrase = PHRASE.exec(message);
    if (path.length === 1 && phrase) {
      const form = phrase[1]!;
      const key = data.label === form ? "label" : data.aliases.includes(form) ? "aliases" : "abbreviations";
      add(key, t("optionsPhraseTaken", form, phrase[2]!));
    } else if (path[1] === "sources" && path.length >= 4)
      add(`sources.${path[2]}.${path[3]}`, humanize(message));
    else if (path[1]) add(path[1], humanize(message));
    else other.push(humanize(message));
  }
  // An empty required field gets one plain message instead of every rule it breaks.
  const empty = (key: string) => {
    const [field, row, part] = key.split(".");
    const value =
      field === "sources"
        ? data.sources[Number(row)]?.[part as "title" | "url"]
        : data[field as keyof TermData];
    return value === "" && field !== "category";
  };
  for (const key of Object.keys(fields)) if (empty(key)) fields[key] = [t("optionsErrorRequired")];
  return { ok: false, fields, other };
}

/** Errors in a whole list of custom terms (e.g. after a delete), named by term label. */
export function listErrors(terms: readonly Term[], builtIn: readonly Term[]): string[] {
  const result = parseCustomTerms(terms, builtIn);
  if (result.ok) return [];
  return result.errors.map((error) => {
    const { path, message } = splitError(error);
    const term = terms[Number(path[0])];
    return term ? t("optionsNamedProblem", term.label, message) : message;
  });
}
