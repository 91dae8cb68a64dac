import type { Term } from "../core/glossary-schema.ts";
import type { HtmlScan } from "./scan-html.ts";

export interface JsonReport {
  file: string;
  matches: { term: string; termId: string; text: string; start: number; end: number }[];
}

export function jsonReport(file: string, scan: HtmlScan, terms: Map<string, Term>): JsonReport {
  return {
    file,
    matches: scan.matches.map((m) => ({
      term: terms.get(m.termId)?.label ?? m.termId,
      termId: m.termId,
      text: scan.text.slice(m.start, m.end),
      start: m.start,
      end: m.end,
    })),
  };
}

/** A readable table: one row per term, most frequent first. */
export function tableReport(file: string, scan: HtmlScan, terms: Map<string, Term>): string {
  const counts = new Map<string, number>();
  for (const m of scan.matches) counts.set(m.termId, (counts.get(m.termId) ?? 0) + 1);
  const rows = [...counts]
    .map(([id, count]) => ({
      label: terms.get(id)?.label ?? id,
      category: terms.get(id)?.category ?? "",
      count,
    }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  if (rows.length === 0) return `${file}: no terms found\n`;
  const width = Math.max(4, ...rows.map((r) => r.label.length));
  const catWidth = Math.max(8, ...rows.map((r) => r.category.length));
  const lines = [
    `${file}: ${scan.matches.length} matches of ${rows.length} terms`,
    "",
    `${"term".padEnd(width)}  ${"category".padEnd(catWidth)}  count`,
    `${"-".repeat(width)}  ${"-".repeat(catWidth)}  -----`,
    ...rows.map(
      (r) => `${r.label.padEnd(width)}  ${r.category.padEnd(catWidth)}  ${String(r.count).padStart(5)}`,
    ),
  ];
  return `${lines.join("\n")}\n`;
}
