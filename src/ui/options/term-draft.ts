import type { Term } from "../../core/glossary-schema.ts";
import { t } from "../../platform/i18n.ts";

// The custom-term form works on strings; this module turns them into term data and rewords
// validation messages for people (validate-term.ts maps them to fields).

export interface SourceDraft {
  title: string;
  url: string;
}

export interface TermDraft {
  id: string;
  label: string;
  aliases: string;
  abbreviations: string;
  category: string;
  summary: string;
  explanation: string;
  forRunners: string;
  related: string;
  sources: SourceDraft[];
}

export type TextField = Exclude<keyof TermDraft, "sources">;

/** Error messages by field: a TextField, "sources", or "sources.<row>.title|url". */
export type FieldErrors = Record<string, string[]>;

export const emptyDraft = (): TermDraft => ({
  id: "",
  label: "",
  aliases: "",
  abbreviations: "",
  category: "",
  summary: "",
  explanation: "",
  forRunners: "",
  related: "",
  sources: [{ title: "", url: "" }],
});

export const draftFromTerm = (term: Term): TermDraft => ({
  ...term,
  aliases: term.aliases.join("\n"),
  abbreviations: term.abbreviations.join("\n"),
  related: term.related.join(", "),
  sources: term.sources.map((s) => ({ ...s })),
});

/** "a, b\nc" → ["a", "b", "c"]: one per line or comma-separated, blanks dropped. */
export const splitList = (text: string): string[] =>
  text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");

export type TermData = ReturnType<typeof dataFromDraft>;

export const dataFromDraft = (d: TermDraft) => ({
  id: d.id.trim(),
  label: d.label.trim(),
  aliases: splitList(d.aliases),
  abbreviations: splitList(d.abbreviations),
  category: d.category,
  summary: d.summary,
  explanation: d.explanation,
  forRunners: d.forRunners,
  related: splitList(d.related),
  sources: d.sources.map((s) => ({ title: s.title, url: s.url.trim() })),
});

/**
 * valibot's default messages, reworded for someone filling in a form (in the UI language). Other
 * messages come from the schemas in src/core, which are English: they are passed through.
 */
export function humanize(message: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^Invalid length: Expected >=(\d+) but received (\d+)$/.exec(message)))
    return m[1] === "1" ? t("optionsErrorRequired") : t("optionsErrorMinLength", m[1]!, m[2]!);
  if ((m = /^Invalid length: Expected <=(\d+) but received (\d+)$/.exec(message)))
    return t("optionsErrorMaxLength", m[1]!, m[2]!);
  if (/^Invalid URL/.test(message)) return t("optionsErrorUrl");
  if (/^Invalid (type|key): Expected \(?"anatomy"/.test(message)) return t("optionsErrorCategory");
  if (/^Invalid (type|key): Expected .* but received undefined$/.test(message))
    return t("optionsErrorRequired");
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Splits "0.sources.1.url: message" into its path and message. */
export function splitError(error: string): { path: string[]; message: string } {
  const m = /^(\S+): ([\s\S]*)$/.exec(error);
  return m ? { path: m[1]!.split("."), message: m[2]! } : { path: [], message: error };
}
