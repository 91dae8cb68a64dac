import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "vite";
import { CACHE, ROOT } from "./paths.mjs";

/**
 * Bundles bench/lib/entry.mjs (re-exports of src/core, src/dom and src/cli modules) for Node with
 * Vite and imports it. A bundle, not Vite's module runner: the runner rewrites every imported
 * binding into a property access, which would slow the matcher's hot loop and skew the figures.
 */
export async function loadEngine() {
  // Inside the project, so that the bundle's external imports (jsdom, valibot) resolve.
  mkdirSync(CACHE, { recursive: true });
  const outDir = mkdtempSync(join(CACHE, "engine-"));
  try {
    await build({
      configFile: false,
      root: ROOT,
      logLevel: "error",
      build: {
        outDir,
        ssr: join(ROOT, "bench/lib/entry.mjs"),
        target: "node20",
        minify: false,
        rolldownOptions: { output: { entryFileNames: "engine.mjs" } },
      },
    });
    return await import(pathToFileURL(join(outDir, "engine.mjs")).href);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** The shipped glossary as the matcher's form entries (labels and aliases ignore case, abbreviations do not). */
export function glossaryForms(engine) {
  const parsed = engine.parseGlossary(engine.glossaryData);
  if (!parsed.ok) throw new Error(`src/data/glossary.json is invalid:\n${parsed.errors.join("\n")}`);
  return parsed.value.terms.flatMap(engine.formsOf);
}
