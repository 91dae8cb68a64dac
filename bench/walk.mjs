// `npm run bench:walk [-- CORPUS_DIR --limit N --min-chars N --runs N]`: what reading a page's text
// costs, apart from everything else Backstride does. On the corpus pages with at least
// --min-chars characters (default 100,000: the pages of the "3× the floor" target), each walk of
// bench/walk-variants.ts runs in a fresh page's main world, --runs times (default 3, median kept):
// the floor, Backstride's walk as shipped, and an alternative that touches only text nodes.
import { basename, join } from "node:path";
import { build } from "vite";
import { launchPlain, chromiumPresent } from "./lib/browser.mjs";
import { DEFAULT_CORPUS, findPages, parseArgs, skip } from "./lib/corpus.mjs";
import { loadEngine } from "./lib/engine.mjs";
import { machine } from "./lib/machine.mjs";
import { ROOT } from "./lib/paths.mjs";
import { servedHtml, startPageServer } from "./lib/serve.mjs";
import { median, round, sum } from "./lib/stats.mjs";

const WALKS = ["floor", "shipped", "textNodesOnly"];
const options = parseArgs(process.argv.slice(2), { minChars: 100_000, runs: 3, limit: 0 });
const corpus = findPages(options.corpus ?? DEFAULT_CORPUS);
if (!corpus) skip(`no corpus pages in ${options.corpus ?? DEFAULT_CORPUS}`);
if (!chromiumPresent()) skip("Chromium not found");

const [bundle] = await build({
  configFile: false,
  logLevel: "warn",
  build: {
    write: false,
    minify: true,
    lib: { entry: join(ROOT, "bench/walk-variants.ts"), formats: ["iife"], name: "backstrideWalks" },
  },
});
const code = bundle.output[0].code;

const engine = await loadEngine();
const server = await startPageServer();
const browser = await launchPlain();
const rows = [];
try {
  for (const { path, name } of corpus.pages) {
    const html = servedHtml(path, engine.decodeHtml).html;
    const url = server.publish(basename(name), html);
    const row = { page: name };
    for (const walk of WALKS) {
      const times = [];
      for (let run = 0; run < options.runs; run++) {
        const page = await browser.context.newPage();
        await page.goto(url, { waitUntil: "load" });
        await page.evaluate(code);
        const [ms, chars] = await page.evaluate((w) => {
          const started = performance.now();
          const chars = globalThis.backstrideWalks[w]();
          return [performance.now() - started, chars];
        }, walk);
        await page.close();
        times.push(ms);
        row[`${walk}Chars`] = chars;
      }
      row[walk] = median(times);
      if (walk === "floor" && row.floorChars < options.minChars) break;
    }
    if (row.floorChars >= options.minChars) {
      rows.push(row);
      console.log(`${name}: ${WALKS.map((w) => `${w} ${round(row[w])} ms`).join(", ")}`);
      if (options.limit && rows.length >= options.limit) break;
    }
  }
} finally {
  await browser.close();
  await server.close();
}
const total = Object.fromEntries(WALKS.map((w) => [w, sum(rows.map((r) => r[w]))]));
const m = machine();
console.log(
  `\n${rows.length} pages with at least ${options.minChars} characters; sums, ms (÷ floor): ` +
    WALKS.map((w) => `${w} ${round(total[w])} (${round(total[w] / total.floor)}×)`).join(", "),
);
console.log(`${m.date}, ${m.cores} cores (${m.cpu}), ${m.chromium}, load ${m.loadAverage.join(" / ")}`);
