import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import raw from "../../src/data/glossary.json";
import { decodeHtml } from "../../src/cli/decode-html.ts";
import { scanHtml } from "../../src/cli/scan-html.ts";
import { compileGlossary } from "../../src/core/glossary-index.ts";
import type { Glossary } from "../../src/core/glossary-schema.ts";

// Real pages are not ours to copy into the repository: they are read from ../shared/corpus.
const CORPUS = process.env.BACKSTRIDE_CORPUS ?? join(import.meta.dirname, "../../../shared/corpus/pages");
const available = existsSync(CORPUS);
if (!available)
  console.warn(
    `corpus sweep skipped: ${CORPUS} not found (set BACKSTRIDE_CORPUS to a folder of .html pages)`,
  );

describe.skipIf(!available)("scan over the real-page corpus", () => {
  it("scans every page without an exception", () => {
    const matcher = compileGlossary(raw as Glossary);
    const files = readdirSync(CORPUS)
      .filter((f) => f.endsWith(".html"))
      .sort();
    expect(files.length).toBeGreaterThan(0);
    const rows: { file: string; ms: number; matches: number; chars: number }[] = [];
    const failures: string[] = [];
    const started = performance.now();
    for (const file of files) {
      const t0 = performance.now();
      try {
        const { text, matches } = scanHtml(decodeHtml(readFileSync(join(CORPUS, file))), matcher);
        rows.push({ file, ms: performance.now() - t0, matches: matches.length, chars: text.length });
      } catch (error) {
        failures.push(`${file}: ${(error as Error).stack ?? error}`);
      }
    }
    const total = performance.now() - started;
    const slowest = [...rows].sort((a, b) => b.ms - a.ms).slice(0, 3);
    const most = [...rows].sort((a, b) => b.matches - a.matches).slice(0, 5);
    console.log(
      [
        `corpus sweep: ${rows.length}/${files.length} pages in ${(total / 1000).toFixed(1)} s (parse + text model + match)`,
        `slowest: ${slowest.map((r) => `${r.file} ${r.ms.toFixed(0)} ms (${r.chars} chars)`).join("; ")}`,
        `most matches: ${most.map((r) => `${r.file} ${r.matches}`).join("; ")}`,
      ].join("\n"),
    );
    expect(failures).toEqual([]);
  });
});
