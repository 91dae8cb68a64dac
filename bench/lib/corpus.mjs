import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { ROOT } from "./paths.mjs";

/** The shared corpus, beside the repository: never copied into it. */
export const DEFAULT_CORPUS = resolve(ROOT, "../shared/corpus");

/** Accepts the corpus folder or its pages/ folder; null when neither holds .html files. */
export function findPages(dir) {
  for (const candidate of [join(dir, "pages"), dir]) {
    if (!existsSync(candidate) || !statSync(candidate).isDirectory()) continue;
    const pages = readdirSync(candidate)
      .filter((name) => /\.html?$/i.test(name))
      .sort()
      .map((name) => ({ name, path: join(candidate, name), bytes: statSync(join(candidate, name)).size }));
    if (pages.length) return { dir: candidate, pages };
  }
  return null;
}

/**
 * `limit` pages spread evenly over the size range (smallest and largest included), so that a
 * short run still covers small and huge pages; the whole corpus when there is no limit.
 */
export function spread(pages, limit) {
  if (!limit || limit >= pages.length) return pages;
  const bySize = [...pages].sort((a, b) => a.bytes - b.bytes || (a.name < b.name ? -1 : 1));
  if (limit === 1) return [bySize[bySize.length - 1]];
  const picked = new Set();
  for (let i = 0; i < limit; i++) picked.add(bySize[Math.round((i * (bySize.length - 1)) / (limit - 1))]);
  return [...picked];
}

/** Reads `[corpusDir] [--limit N] [--flag value]…`; flags without a value are true. */
export function parseArgs(argv, defaults) {
  const options = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("--")) {
      options.corpus = arg;
      continue;
    }
    const key = arg.slice(2).replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    const next = argv[i + 1];
    if (next === undefined || next.startsWith("--")) options[key] = true;
    else {
      options[key] = /^\d+$/.test(next) ? Number(next) : next;
      i++;
    }
  }
  return options;
}

/** Prints why the benchmark cannot run here and exits successfully: a missing corpus is not a failure. */
export function skip(reason) {
  console.log(`benchmark skipped: ${reason}`);
  process.exit(0);
}
