import { browserTargets } from "./report.mjs";
import { round } from "./stats.mjs";

// docs/benchmarks.md, rendered from bench/results.json: figures are never typed in by hand.

const row = (cells) => `| ${cells.map((c) => String(c ?? "–").replace(/\|/g, "\\|")).join(" | ")} |`;
function table(header, rows) {
  for (const r of rows) {
    if (r.length !== header.length)
      throw new Error(`table row of ${r.length} cells under ${header.length} headers`);
  }
  return [row(header), row(header.map(() => "---")), ...rows.map(row)].join("\n");
}
const kb = (n) => (n === null || n === undefined ? "–" : `${round(n / 1024)} KB`);
const mb = (n) => (n === null || n === undefined ? "–" : `${round(n / 2 ** 20)} MB`);
const mark = (met) => (met === null ? "?" : met ? "✅ met" : "❌ missed");
const day = (iso) => iso?.slice(0, 16).replace("T", " ") + " UTC";

function machineLine(m) {
  return `${m.cores} cores (${m.cpu}), ${m.memoryGB} GB RAM, Node ${m.node}${m.chromium ? `, ${m.chromium}` : ""}; load average ${m.loadAverage.join(" / ")} when the run ended`;
}

const BROWSER_FIGURES = [
  ["pages measured", (s) => s.measured],
  ["Backstride, sum (ms)", (s) => s.backstrideMsTotal],
  ["mark.js, sum (ms)", (s) => s.markJsMsTotal],
  ["text-walk floor, sum (ms)", (s) => s.floorMsTotal],
  ["mark.js ÷ Backstride (sums)", (s) => s.vsMarkJs],
  [
    "pages where Backstride beats mark.js",
    (s) => `${s.fasterThanMarkJsPages} (${round(s.fasterThanMarkJsShare * 100)}%)`,
  ],
  ["Backstride ÷ floor, all pages (sums)", (s) => s.vsFloor],
  ["Backstride ÷ floor, pages > 100k chars (sums)", (s) => s.bigPagesVsFloor],
  ["mark.js ÷ Backstride, pages > 100k chars (sums)", (s) => s.bigPagesVsMarkJs],
  [
    "CPU time, sums: Backstride / mark.js / floor (ms)",
    (s) => (s.cpuPages ? `${s.backstrideCpuMsTotal} / ${s.markJsCpuMsTotal} / ${s.floorCpuMsTotal}` : "–"),
  ],
  ["CPU time: mark.js ÷ Backstride (sums)", (s) => s.vsMarkJsCpu],
  [
    "CPU time: pages where Backstride beats mark.js",
    (s) => (s.fasterThanMarkJsShareCpu == null ? "–" : `${round(s.fasterThanMarkJsShareCpu * 100)}%`),
  ],
  ["CPU time: Backstride ÷ floor, pages > 100k chars (sums)", (s) => s.bigPagesVsFloorCpu],
  ["longest Backstride task (ms)", (s) => `${s.longestTaskMs} (${s.longestTaskPage})`],
  ["median per-page longest task (ms)", (s) => s.medianLongestTaskMs],
  ["longest task by CPU (thread) time (ms)", (s) => s.longestTaskCpuMs],
  ["pages with a task > 50 ms of CPU time", (s) => s.pagesWithTaskCpuOver50],
  [
    "pages with a task > 50 ms (median run / any run)",
    (s) => `${s.pagesWithTaskOver50} / ${s.pagesWithAnyRunOver50}`,
  ],
  ["extra JS heap on the largest page", (s) => `${mb(s.largestPageExtraHeapBytes)} (${s.largestPage})`],
  ["extra JS heap, median / most", (s) => `${mb(s.medianExtraHeapBytes)} / ${mb(s.maxExtraHeapBytes)}`],
  ["highlights / mark.js marks (sums)", (s) => `${s.highlightsTotal} / ${s.markJsMarksTotal}`],
  [
    "naive ÷ Backstride (sums)",
    (s) => (s.naivePages ? `${s.naiveVsBackstride} (${s.naivePages} pages)` : "–"),
  ],
  ["incremental: one paragraph on a 5,000-paragraph page, median (ms)", (s) => s.incrementalMedianMs],
  ["growing to 5,000 paragraphs: longest task (ms)", (s) => s.scrollGrowthLongestTaskMs],
  [
    "Backstride JavaScript on a body without text, besides evaluating the script (ms)",
    (s) => s.emptyBodyJsMs,
  ],
  ["content script, minified / gzip", (s) => `${kb(s.contentScriptBytes)} / ${kb(s.contentScriptGzipBytes)}`],
];

function renderBrowser(run) {
  const s = run.summary;
  const prev = run.previous;
  const lines = [
    "## In the browser: `npm run bench`",
    "",
    `Command: \`${run.command}\` — ${day(run.machine.date)}, ${run.wallSeconds} s for ${s.pages} of ${run.corpus.pages} corpus pages (${run.options.pagesMeasuredOnce} of them measured once: runs over \`--cheap-ms\`, or to stay within the time budget).`,
    `Machine: ${machineLine(run.machine)}. Extension: ${run.extension.origin}; mark.js ${run.competitors.markJs} with ${run.competitors.glossaryForms} glossary forms in one RegExp.`,
    "",
    "### Targets",
    "",
    table(
      ["target (issue #6)", "measured", ""],
      browserTargets(s).map(([t, f, met]) => [t, f, mark(met)]),
    ),
    "",
    "### Aggregate",
    "",
    prev
      ? `The previous run (${day(prev.machine.date)}, \`${prev.command}\`, ${prev.summary.measured} pages, ${prev.machine.cores} cores) is shown beside this one.`
      : "No previous bench/results.json: this is the first recorded run.",
    "",
    table(
      prev ? ["figure", "this run", "previous run"] : ["figure", "this run"],
      BROWSER_FIGURES.map(([name, get]) => (prev ? [name, get(s), get(prev.summary)] : [name, get(s)])),
    ),
    "",
    "### Content script",
    "",
    `\`content.js\` is ${kb(run.extension.contentScript.minified)} minified, ${kb(run.extension.contentScript.gzip)} gzipped (zlib default level). Where the bytes come from (a source-mapped build of the same config):`,
    "",
    table(
      ["from", "bytes"],
      run.extension.contentScript.breakdown.map((b) => [b.group, b.bytes]),
    ),
    "",
    ...renderScroll(run.infiniteScroll),
    ...renderWorstTasks(run),
    "### Per page",
    "",
    "Times in ms (median of the runs; the runs are in bench/results.json). × mark.js = mark.js ÷ Backstride; × floor = Backstride ÷ floor. Task = Backstride's longest main-thread task (median over runs), wall and CPU (thread) time. CPU = the thread time of the measured work, from the traces (Backstride: its JavaScript between the start and the end of the pass). Heap = extra JS heap with the extension.",
    "",
    table(
      [
        "page",
        "KB",
        "text chars",
        "Backstride",
        "mark.js",
        "floor",
        "× mark.js",
        "× floor",
        "highlights",
        "marks",
        "task",
        "task CPU",
        "CPU: Backstride / mark.js / floor",
        "heap KB",
        "naive",
      ],
      run.pages.map((r) => [
        r.page,
        Math.round(r.bytes / 1024),
        r.textChars,
        round(r.backstrideMs),
        round(r.markJsMs),
        round(r.floorMs),
        r.backstrideMs ? round(r.markJsMs / r.backstrideMs) : null,
        r.floorMs ? round(r.backstrideMs / r.floorMs) : null,
        r.highlights,
        r.markJsMarks,
        round(r.longestTaskMs),
        round(r.longestTaskCpuMs),
        r.backstrideCpuMs == null
          ? null
          : `${round(r.backstrideCpuMs)} / ${round(r.markJsCpuMs)} / ${round(r.floorCpuMs)}`,
        r.extraHeapBytes === null || r.extraHeapBytes === undefined
          ? null
          : Math.round(r.extraHeapBytes / 1024),
        r.error ? `error: ${r.error}` : round(r.naiveMs),
      ]),
    ),
    "",
  ];
  return lines.join("\n");
}

function renderScroll(scroll) {
  if (!scroll) return [];
  if (scroll.error) return ["### Infinite scroll", "", `Not measured: ${scroll.error}`, ""];
  return [
    "### Infinite scroll",
    "",
    `The page starts with an empty \`<main>\`: on that body without text Backstride ran ${scroll.emptyBodyJsMs} ms of JavaScript (longest task ${scroll.emptyBodyLongestTaskMs} ms) before the first paragraph arrived${scroll.emptyBodyEvaluateMs === undefined ? "" : `, besides ${scroll.emptyBodyEvaluateMs} ms evaluating the content script`}. It then grows to ${scroll.paragraphs} paragraphs, ${scroll.batch} at a time every 130 ms: Backstride's longest task ${scroll.growthLongestTaskMs} ms, ${scroll.growthTotalMs} ms in all. Then ${scroll.insertions} single paragraphs are added, 130 ms apart; Backstride's work for each (the mutation-observer callback and the batched re-annotation, from the trace): median **${scroll.medianMs} ms**, 95th percentile ${scroll.p95Ms} ms, most ${scroll.maxMs} ms. ${scroll.highlights} highlights at the end (two glossary forms written into each paragraph: at least ${scroll.expectedAtLeast}).`,
    "",
  ];
}

/** The trace of the pages with the longest tasks: what ran, when, relative to the content script's start. */
function renderWorstTasks(run) {
  const worst = run.pages
    .filter((r) => r.tasks?.detail?.length)
    .sort((a, b) => b.longestTaskMs - a.longestTaskMs)
    .slice(0, 3);
  if (!worst.length) return [];
  const out = [
    "### Where the long tasks are",
    "",
    "Backstride's main-thread tasks in the slowest traced run of the pages with the longest tasks: start (ms after the content script's evaluation began), duration, and what the trace shows inside. `backstride:annotate-start` is where the measured pass begins; work before it is start-up (settings, glossary compilation).",
    "",
  ];
  for (const r of worst) {
    out.push(`**${r.page}** (annotate-start at ${r.tasks.annotateStartMs} ms):`, "");
    out.push(
      table(
        ["start", "wall ms", "CPU ms", "trace events"],
        r.tasks.detail.map(([t, ms, cpu, what]) => [t, ms, cpu, what || "–"]),
      ),
      "",
    );
  }
  return out;
}

function renderCore(run) {
  const prev = run.previous;
  const lines = [
    "## The engine in Node: `npm run bench:core`",
    "",
    `Command: \`${run.command}\` — ${day(run.machine.date)}. Machine: ${machineLine(run.machine)}.`,
    "",
    `Text: ${run.corpus.pages} corpus pages through the project's text model (jsdom + \`buildTextModel\`, as \`backstride scan\` does), ${round(run.corpus.chars / 1e6)} M characters (${round(run.corpus.utf8Bytes / 2 ** 20)} MB as UTF-8). Each figure is the median of ${run.repeats} timed passes over all of it after a warm-up pass, timed in CPU time of the process (\`process.cpuUsage\`; wall-clock MB/s beside it: on a shared machine wall time mostly measures the other work). MB/s counts UTF-8 bytes of the scanned text.`,
    "",
    "### Throughput by glossary size",
    "",
    table(
      [
        "glossary",
        "terms",
        "forms",
        "trie build (ms)",
        "MB/s (CPU)",
        "MB/s (wall)",
        "M chars/s",
        "matches",
        ...(prev ? ["previous MB/s"] : []),
      ],
      run.throughput.map((t) => [
        t.glossary,
        t.terms,
        t.forms,
        round(t.compileMs),
        round(t.mbPerSecond),
        round(t.wallMbPerSecond),
        round(t.charsPerSecond / 1e6),
        t.matches,
        ...(prev ? [round(prev.throughput?.find((p) => p.glossary === t.glossary)?.mbPerSecond)] : []),
      ]),
    ),
    "",
    run.flatness,
    "",
    "### Incremental update",
    "",
    run.incremental.error
      ? `Not measured: ${run.incremental.error}`
      : `A jsdom document of ${run.incremental.paragraphs} paragraphs (${run.incremental.annotations} annotations after the first pass, which took ${round(run.incremental.fullPassMs)} ms); then ${run.incremental.insertions} times: append one paragraph and time \`PageAnnotator.flush()\` (mutation records → dirty block → text model → scan → ranges). Median **${round(run.incremental.medianMs)} ms**, 95th percentile ${round(run.incremental.p95Ms)} ms${prev?.incremental?.medianMs ? ` (previous median ${round(prev.incremental.medianMs)} ms)` : ""}. jsdom's DOM is slower than a browser's, so this is an upper bound.`,
    "",
    "### Targets",
    "",
    table(
      ["target (issue #6)", "measured", ""],
      run.targets.map(([t, f, met]) => [t, f, mark(met)]),
    ),
    "",
  ];
  return lines.join("\n");
}

const METHOD = `## How it is measured

- **Pages.** Each corpus page is decoded as a browser would (BOM, then \`<meta charset>\`), parsed with parse5 and served as UTF-8 on 127.0.0.1 without \`<script>\` elements, \`on*\` attributes, \`srcdoc\` frames and meta refresh, so that no page script runs. Every other host fails to resolve (\`--host-resolver-rules\`): nothing waits on the network. The page is served cross-origin isolated (COOP + COEP), which gives \`performance.now()\` 5 µs resolution instead of 100 µs.
- **Backstride.** Chromium (new headless mode) with the built extension; after \`load\` the harness waits, in the page's main world, for the \`backstride:annotate\` User Timing measure (from the start to the end of the first full pass, including the time it yields) and reads \`CSS.highlights.get("backstride-subtle").size\`. Each page is loaded afresh for every run.
- **Tasks.** A CDP trace of every Backstride run (categories \`devtools.timeline\`, \`v8.execute\`, \`blink.user_timing\`, pages traced in batches): on the page's main thread, from the content script's evaluation on, every top-level JavaScript event that is the content script's or a microtask checkpoint counts as one task (never merged: \`scheduler.yield()\` continuations run back to back, and merging close events would join separate tasks). The served pages run no script of their own, so that is Backstride's JavaScript (the harness's few short evaluations are recognised by their source URL and left out). Measured by its JavaScript, a task is a lower bound (style or layout inside it is not added, nor a callback's microtasks; on a traced 180 ms task the difference was 0.1 ms); its CPU (thread) time is given too, since on a shared machine wall time also counts the time other processes had the core. A \`longtask\` PerformanceObserver cannot be used: it does not report tasks that only run isolated-world microtasks, which is how a content script's \`async\` code runs.
- **Heap.** After the first run: two idle periods, a forced GC (\`HeapProfiler.collectGarbage\`), then \`JSHeapUsedSize\` (\`Performance.getMetrics\`); minus the same figure for the same page in the browser without the extension.
- **Floor, mark.js, naive.** In a second Chromium without the extension, on a fresh load of the same served page: the floor is one \`TreeWalker\` pass over the body's text nodes summing their lengths (the first, cold pass: like Backstride's, it creates the DOM wrappers); mark.js (\`mark.min.js\`, injected) runs \`markRegExp\` with one RegExp of every glossary form (escaped, \`\\b\` word boundaries, phrases case-insensitive through a \`(?i:…)\` group, abbreviations case-sensitive, longest first) and \`acrossElements: true\`, timed until its \`done\` callback. The naive annotator runs one RegExp per form over every text node and paints the matches as a highlight; it runs on every ${"`--naive-every`"}-th page only.
- **Repeats.** Up to \`--repeat\` loads per page (default 3, median reported), only while a run stays under \`--cheap-ms\` (default 150 ms: longer runs are not lost in timer noise), and only while the projected time of the page loop stays under \`--budget\` seconds (default 480), so that the whole corpus fits in 10 minutes on a slow or busy machine; bench/results.json records how many pages were measured once. mark.js runs on the same load as the floor, after it (so the main world's text-node wrappers exist already: this favours mark.js slightly).
- **Evidence.** \`node bench/profile.mjs <page.html>…\` loads pages with an unminified content script under the V8 sampling profiler and prints Backstride's self time per function, during the measured pass and in the idle-time work after it.
- **Aggregates** are ratios of sums over pages, as the issue asks: per-page ratios on small pages are mostly noise.
- **The machine is shared**: other developers' test runs may compete for its 2 cores; the load average is printed with the figures.
`;

export function renderDoc(all) {
  return [
    "# Benchmarks",
    "",
    "Generated by `npm run bench` (real pages in Chromium) and `npm run bench:core` (the matching engine in Node) from `bench/results.json`; do not edit by hand. The corpus is `../shared/corpus` (not part of the repository); both commands skip with a message when it is absent. Targets come from issue #6.",
    "",
    all.browser ? renderBrowser(all.browser) : "## In the browser\n\nNot run yet: `npm run bench`.\n",
    all.core ? renderCore(all.core) : "## The engine in Node\n\nNot run yet: `npm run bench:core`.\n",
    METHOD,
  ].join("\n");
}
