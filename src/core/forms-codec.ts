import type { FormEntry } from "./matcher.ts";

// The glossary's phrases packed for the content script, which ships on every page: one line
// per term, tab-separated, abbreviations (case-sensitive) prefixed with "=". About a third of
// the size of the same entries as JSON objects.

export function encodeForms(entries: readonly FormEntry[]): string {
  const byTerm = new Map<string, string[]>();
  for (const e of entries) {
    if (/[\t\n]/.test(e.form) || e.form.startsWith("="))
      throw new Error(`form cannot be packed: ${JSON.stringify(e.form)}`);
    const list = byTerm.get(e.termId) ?? [];
    list.push(e.caseSensitive ? `=${e.form}` : e.form);
    byTerm.set(e.termId, list);
  }
  return [...byTerm].map(([id, forms]) => [id, ...forms].join("\t")).join("\n");
}

export function decodeForms(packed: string): FormEntry[] {
  const entries: FormEntry[] = [];
  for (const line of packed.split("\n")) {
    const [termId, ...forms] = line.split("\t");
    if (!termId) continue;
    for (const f of forms) {
      const caseSensitive = f.startsWith("=");
      entries.push({ termId, form: caseSensitive ? f.slice(1) : f, caseSensitive });
    }
  }
  return entries;
}
