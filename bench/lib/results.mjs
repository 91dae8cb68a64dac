import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import * as prettier from "prettier";
import { renderDoc } from "./markdown.mjs";
import { ROOT } from "./paths.mjs";

export const RESULTS = join(ROOT, "bench/results.json");
export const DOC = join(ROOT, "docs/benchmarks.md");

/**
 * Stores one benchmark's run ("browser" or "core") in bench/results.json next to the other's,
 * keeping the figures it replaces as `previous` (summary only), then rewrites docs/benchmarks.md
 * from both. Both files go through Prettier so that `prettier --check` stays green.
 */
export async function saveResults(kind, run) {
  const all = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, "utf8")) : {};
  const before = all[kind];
  if (before) {
    const { previous: _older, pages: _pages, ...rest } = before;
    run.previous = rest;
  }
  all[kind] = run;
  await write(RESULTS, JSON.stringify(all, null, 2));
  await write(DOC, renderDoc(all));
  return `wrote ${relative(ROOT, RESULTS)} and ${relative(ROOT, DOC)}`;
}

async function write(file, text) {
  const config = (await prettier.resolveConfig(file)) ?? {};
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, await prettier.format(text, { ...config, filepath: file }));
}

/** Rewrites docs/benchmarks.md from bench/results.json as it is (after a change to the report's layout). */
export async function renderOnly() {
  await write(DOC, renderDoc(JSON.parse(readFileSync(RESULTS, "utf8"))));
  return `rewrote ${relative(ROOT, DOC)} from ${relative(ROOT, RESULTS)}`;
}
