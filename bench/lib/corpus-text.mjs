import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { CACHE, ROOT } from "./paths.mjs";

/** The text model's inputs: when one changes, the cached text is stale. */
const MODEL_SOURCES = [
  "src/dom/text-model.ts",
  "src/dom/element-rules.ts",
  "src/dom/own-ui.ts",
  "src/core/char-class.ts",
  "src/cli/decode-html.ts",
];

/**
 * Each page's readable text as the extension and `backstride scan` see it: decoded like a browser,
 * parsed by jsdom (no scripts, no resources), flattened by the project's buildTextModel. Parsing
 * 70 MB of HTML takes a while, so the result is cached in node_modules/.cache, keyed by the pages
 * (name, size, mtime) and the text model's sources.
 */
export function corpusText(engine, pages, { log = console.log } = {}) {
  const key = createHash("sha256");
  for (const p of pages) key.update(`${p.name}\0${p.bytes}\0`);
  for (const s of MODEL_SOURCES) {
    const file = join(ROOT, s);
    key.update(existsSync(file) ? readFileSync(file) : s);
  }
  const file = join(CACHE, `text-${key.digest("hex").slice(0, 16)}.json`);
  if (existsSync(file)) return { ...JSON.parse(readFileSync(file, "utf8")), cached: true };
  const quiet = new VirtualConsole(); // pages' CSS that jsdom cannot parse is not our business
  const started = performance.now();
  const texts = [];
  for (const [i, page] of pages.entries()) {
    const { document } = new JSDOM(engine.decodeHtml(readFileSync(page.path)), { virtualConsole: quiet })
      .window;
    const root = document.body ?? document.documentElement;
    texts.push({ page: page.name, text: root ? engine.buildTextModel(root).text : "" });
    if ((i + 1) % 50 === 0) log(`  extracted ${i + 1} of ${pages.length} pages…`);
  }
  const result = { texts, extractSeconds: Math.round((performance.now() - started) / 100) / 10 };
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(file, JSON.stringify(result));
  return { ...result, cached: false };
}
