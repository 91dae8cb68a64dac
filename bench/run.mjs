// `npm run bench [-- <corpusDir>] [--limit N] [--repeat N] [--cheap-ms MS] [--naive-every K]
//   [--trace-batch N] [--budget S] [--dist DIR] [--no-scroll] [--no-write]`; `--render-only` rewrites
//   docs/benchmarks.md from bench/results.json.
//
// Backstride in headless Chromium on the real-page corpus, against the text-walk floor, mark.js
// and (on every K-th page) a naive per-term annotator. Prints a table; writes bench/results.json
// and docs/benchmarks.md. See docs/benchmarks.md for what each figure means.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { chromiumPresent, CHROMIUM } from "./lib/browser.mjs";
import { DEFAULT_CORPUS, findPages, parseArgs, skip, spread } from "./lib/corpus.mjs";
import { glossaryForms, loadEngine } from "./lib/engine.mjs";
import { contentScriptBreakdown, contentScriptSize, ensureExtension } from "./lib/extension.mjs";
import { machine } from "./lib/machine.mjs";
import { ExtensionRunner, PlainRunner } from "./lib/measure.mjs";
import { combinedPattern, perFormPatterns } from "./lib/patterns.mjs";
import { browserSummary, printRow, printSummary, TABLE_HEADER } from "./lib/report.mjs";
import { renderOnly, saveResults } from "./lib/results.mjs";
import { infiniteScroll } from "./lib/scroll.mjs";
import { servedHtml, startPageServer } from "./lib/serve.mjs";
import { median, sum } from "./lib/stats.mjs";

const options = parseArgs(process.argv.slice(2), {
  corpus: DEFAULT_CORPUS,
  limit: 0,
  repeat: 3,
  // Repeats only "where cheap": a run longer than this is long enough not to drown in noise.
  cheapMs: 150,
  naiveEvery: 10,
  traceBatch: 20,
  // Seconds for the page loop; pages are measured once when the projection would exceed it.
  budget: 480,
  dist: null,
  noWrite: false,
  noScroll: false,
});
if (options.renderOnly) {
  console.log(await renderOnly());
  process.exit(0);
}
const corpus = findPages(resolve(options.corpus));
if (!corpus)
  skip(`no corpus pages in ${resolve(options.corpus)} (pass the corpus folder: npm run bench -- <dir>)`);
if (!chromiumPresent())
  skip(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium, or set BACKSTRIDE_CHROMIUM)`);

const started = Date.now();
const pages = spread(corpus.pages, options.limit);
const engine = await loadEngine();
const forms = glossaryForms(engine);
const pattern = combinedPattern(forms);
const perForm = perFormPatterns(forms);
const extension = await ensureExtension(options.dist);
const bundle = {
  ...contentScriptSize(extension.dir),
  breakdown: await contentScriptBreakdown(),
};
const require = createRequire(import.meta.url);
const markJsSource = readFileSync(require.resolve("mark.js/dist/mark.min.js"), "utf8");
const markJsVersion = JSON.parse(readFileSync(require.resolve("mark.js/package.json"), "utf8")).version;

console.log(
  `Backstride benchmark: ${pages.length} of ${corpus.pages.length} pages from ${corpus.dir}; extension: ${extension.origin}`,
);
const server = await startPageServer();
const withExtension = await ExtensionRunner.start(extension.dir);
const plain = await PlainRunner.start(markJsSource);
console.log(TABLE_HEADER);

// Pages go in batches under one trace each: stopping a trace costs far more than a page load.
const results = [];
let batch = [];
let traceMs = 0;
await withExtension.startTracing();
await plain.startTracing();
const loopStarted = Date.now();
for (const [i, entry] of pages.entries()) {
  // Repeats only where cheap: measure once when the pages left would not fit the budget.
  const elapsed = (Date.now() - loopStarted) / 1000;
  const projected = i === 0 ? 0 : elapsed + (elapsed / i) * (pages.length - i);
  const repeat = projected > options.budget ? 1 : options.repeat;
  batch.push(await measurePage(entry, i % options.naiveEvery === 0, repeat));
  if (batch.length < options.traceBatch && i < pages.length - 1) continue;
  const t = performance.now();
  const tasks = await withExtension.collectTasks();
  const cpuTimes = await plain.collectCpuTimes();
  traceMs += performance.now() - t;
  for (const record of batch) {
    attachTasks(record, tasks);
    attachCpuTimes(record, cpuTimes);
    results.push(record);
    printRow(record);
  }
  batch = [];
  if (i < pages.length - 1) {
    await withExtension.startTracing();
    await plain.startTracing();
  }
}
const scroll = options.noScroll
  ? null
  : await infiniteScroll(
      withExtension,
      server,
      forms.map((f) => f.form),
    );
await Promise.all([withExtension.close(), plain.close(), server.close()]);

const run = {
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`,
  machine: machine(),
  wallSeconds: Math.round((Date.now() - started) / 1000),
  harnessSeconds: {
    extension: Math.round(sum(results.map((r) => r.harnessMs?.extension ?? 0)) / 1000),
    plain: Math.round(sum(results.map((r) => r.harnessMs?.plain ?? 0)) / 1000),
    naive: Math.round(sum(results.map((r) => r.harnessMs?.naive ?? 0)) / 1000),
    traces: Math.round(traceMs / 1000),
  },
  corpus: { dir: corpus.dir, pages: corpus.pages.length, measured: pages.length },
  options: {
    repeat: options.repeat,
    cheapMs: options.cheapMs,
    naiveEvery: options.naiveEvery,
    budget: options.budget,
    pagesMeasuredOnce: results.filter((r) => (r.backstrideRuns?.length ?? 0) === 1).length,
  },
  extension: { origin: extension.origin, contentScript: bundle },
  competitors: { markJs: markJsVersion, glossaryForms: forms.length, patternChars: pattern.pattern.length },
  summary: browserSummary(results, bundle, scroll),
  infiniteScroll: scroll,
  pages: results,
};
printSummary(run);
if (!options.noWrite) console.log(await saveResults("browser", run));

/** Every measurement of one page; a failure is recorded with the page, not fatal to the run. */
async function measurePage(entry, naive, repeat) {
  const record = { page: entry.name, bytes: entry.bytes };
  try {
    const { html } = servedHtml(entry.path, engine.decodeHtml);
    const url = server.publish(entry.name, html);

    const { cheapMs } = options;
    let t = performance.now();
    const runs = await withExtension.runs(url, { repeat, cheapMs });
    const extensionWallMs = performance.now() - t;
    t = performance.now();
    const plainRuns = await plain.runs(url, { repeat, cheapMs, pattern });
    record.harnessMs = { extension: Math.round(extensionWallMs), plain: Math.round(performance.now() - t) };
    record.runUrls = runs.map((r) => r.url);
    record.plainRunUrls = plainRuns.map((r) => r.url);
    Object.assign(record, {
      textChars: plainRuns[0].floor.chars,
      textNodes: plainRuns[0].floor.nodes,
      backstrideMs: median(runs.map((r) => r.ms)),
      backstrideRuns: runs.map((r) => r.ms),
      highlights: runs.at(-1).highlights,
      markJsMs: median(plainRuns.map((r) => r.markjs.ms)),
      markJsRuns: plainRuns.map((r) => r.markjs.ms),
      markJsMarks: plainRuns.at(-1).markjs.marks,
      floorMs: median(plainRuns.map((r) => r.floor.ms)),
      floorRuns: plainRuns.map((r) => r.floor.ms),
      heapBytes: runs[0].heapBytes,
      plainHeapBytes: plainRuns[0].heapBytes,
      extraHeapBytes:
        runs[0].heapBytes !== null && plainRuns[0].heapBytes !== null
          ? runs[0].heapBytes - plainRuns[0].heapBytes
          : null,
      crossOriginIsolated: runs[0].crossOriginIsolated,
      scriptsLeft: runs[0].scripts,
    });
    if (record.backstrideMs === null) record.error = "no backstride:annotate measure";
    if (naive) {
      t = performance.now();
      const n = await plain.naive(url, perForm);
      record.harnessMs.naive = Math.round(performance.now() - t);
      Object.assign(record, { naiveMs: n.ms, naiveMarks: n.marks });
    }
  } catch (error) {
    record.error = String(error?.message ?? error).split("\n")[0];
    await withExtension.tab.reopen();
    await plain.tab.reopen();
  }
  return record;
}

/** Backstride's traced tasks for the page's runs: the median run's longest, the worst run's detail. */
function attachTasks(record, byUrl) {
  const tasks = (record.runUrls ?? []).map((u) => byUrl.get(u)).filter(Boolean);
  delete record.runUrls;
  if (!tasks.length) return;
  const worst = tasks.reduce((w, t) => (t.longestMs > w.longestMs ? t : w));
  Object.assign(record, {
    longestTaskMs: median(tasks.map((t) => t.longestMs)),
    longestTaskMaxMs: worst.longestMs,
    longestTaskCpuMs: median(tasks.map((t) => t.longestByCpuMs)),
    backstrideCpuMs: median(tasks.map((t) => t.passCpuMs)),
    backstrideTaskMs: median(tasks.map((t) => t.totalMs)),
    // The worst run's tasks of 1 ms or more: enough to see where the time goes, and small.
    tasks: { annotateStartMs: worst.annotateStartMs, detail: worst.detail.filter(([, ms]) => ms >= 1) },
  });
}

/** Thread (CPU) time of the floor and mark.js, from the plain browser's trace (median over runs). */
function attachCpuTimes(record, byUrl) {
  const times = (record.plainRunUrls ?? []).map((u) => byUrl.get(u)).filter(Boolean);
  delete record.plainRunUrls;
  record.floorCpuMs = median(times.map((t) => t.floor));
  record.markJsCpuMs = median(times.map((t) => t.markjs));
}
