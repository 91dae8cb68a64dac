import { round, sum } from "./stats.mjs";

// Aggregates and the console table of `npm run bench`. Aggregate ratios are ratios of sums over
// pages: per-page ratios on small pages are mostly timer noise.

export const TARGETS = {
  vsMarkJs: 10,
  fasterPagesShare: 0.95,
  bigPageChars: 100_000,
  vsFloorOnBigPages: 3,
  taskMs: 50,
  incrementalMs: 1,
  contentScriptBytes: 60 * 1024,
  extraHeapBytes: 5 * 1024 * 1024,
};

const ok = (r) => !r.error && r.backstrideMs !== null && r.markJsMs !== null && r.floorMs !== null;

export function browserSummary(results, bundle, scroll = null) {
  const measured = results.filter(ok);
  const b = sum(measured.map((r) => r.backstrideMs));
  const m = sum(measured.map((r) => r.markJsMs));
  const f = sum(measured.map((r) => r.floorMs));
  const big = measured.filter((r) => r.textChars > TARGETS.bigPageChars);
  const withTasks = measured.filter((r) => r.longestTaskMs !== null);
  const worstTask = withTasks.reduce((w, r) => (r.longestTaskMs > (w?.longestTaskMs ?? -1) ? r : w), null);
  const largest = measured.reduce((w, r) => (r.bytes > (w?.bytes ?? -1) ? r : w), null);
  const heaps = measured.filter((r) => r.extraHeapBytes !== null);
  const mostHeap = heaps.reduce(
    (w, r) => (r.extraHeapBytes > (w?.extraHeapBytes ?? -Infinity) ? r : w),
    null,
  );
  const naive = measured.filter((r) => r.naiveMs !== undefined);
  // The same sums in CPU (thread) time, from the traces: robust to other work on the machine.
  const cpu = measured.filter(
    (r) => r.backstrideCpuMs != null && r.markJsCpuMs != null && r.floorCpuMs != null,
  );
  const bc = sum(cpu.map((r) => r.backstrideCpuMs));
  const bigCpu = cpu.filter((r) => r.textChars > TARGETS.bigPageChars);
  return {
    pages: results.length,
    measured: measured.length,
    failed: results.filter((r) => !ok(r)).map((r) => ({ page: r.page, error: r.error ?? "incomplete" })),
    backstrideMsTotal: round(b),
    markJsMsTotal: round(m),
    floorMsTotal: round(f),
    vsMarkJs: round(m / b),
    vsFloor: round(b / f),
    fasterThanMarkJsPages: measured.filter((r) => r.backstrideMs < r.markJsMs).length,
    fasterThanMarkJsShare: round(
      measured.filter((r) => r.backstrideMs < r.markJsMs).length / measured.length,
    ),
    bigPages: big.map((r) => r.page),
    bigPagesVsFloor: big.length
      ? round(sum(big.map((r) => r.backstrideMs)) / sum(big.map((r) => r.floorMs)))
      : null,
    bigPagesVsMarkJs: big.length
      ? round(sum(big.map((r) => r.markJsMs)) / sum(big.map((r) => r.backstrideMs)))
      : null,
    cpuPages: cpu.length,
    backstrideCpuMsTotal: round(bc),
    markJsCpuMsTotal: round(sum(cpu.map((r) => r.markJsCpuMs))),
    floorCpuMsTotal: round(sum(cpu.map((r) => r.floorCpuMs))),
    vsMarkJsCpu: cpu.length ? round(sum(cpu.map((r) => r.markJsCpuMs)) / bc) : null,
    fasterThanMarkJsShareCpu: cpu.length
      ? round(cpu.filter((r) => r.backstrideCpuMs < r.markJsCpuMs).length / cpu.length)
      : null,
    bigPagesVsFloorCpu: bigCpu.length
      ? round(sum(bigCpu.map((r) => r.backstrideCpuMs)) / sum(bigCpu.map((r) => r.floorCpuMs)))
      : null,
    longestTaskMs: round(worstTask?.longestTaskMs ?? null),
    longestTaskPage: worstTask?.page ?? null,
    pagesWithTaskOver50: withTasks.filter((r) => r.longestTaskMs > TARGETS.taskMs).length,
    pagesWithAnyRunOver50: withTasks.filter((r) => r.longestTaskMaxMs > TARGETS.taskMs).length,
    medianLongestTaskMs: round(medianOf(withTasks.map((r) => r.longestTaskMs))),
    longestTaskCpuMs: round(Math.max(0, ...withTasks.map((r) => r.longestTaskCpuMs ?? 0))),
    pagesWithTaskCpuOver50: withTasks.filter((r) => r.longestTaskCpuMs > TARGETS.taskMs).length,
    largestPage: largest?.page ?? null,
    largestPageExtraHeapBytes: largest?.extraHeapBytes ?? null,
    maxExtraHeapBytes: mostHeap?.extraHeapBytes ?? null,
    maxExtraHeapPage: mostHeap?.page ?? null,
    medianExtraHeapBytes: medianOf(heaps.map((r) => r.extraHeapBytes)),
    highlightsTotal: sum(measured.map((r) => r.highlights ?? 0)),
    markJsMarksTotal: sum(measured.map((r) => r.markJsMarks ?? 0)),
    naivePages: naive.length,
    naiveVsBackstride: naive.length
      ? round(sum(naive.map((r) => r.naiveMs)) / sum(naive.map((r) => r.backstrideMs)))
      : null,
    incrementalMedianMs: scroll?.medianMs ?? null,
    emptyBodyJsMs: scroll?.emptyBodyJsMs ?? null,
    emptyBodyEvaluateMs: scroll?.emptyBodyEvaluateMs ?? null,
    scrollGrowthLongestTaskMs: scroll?.growthLongestTaskMs ?? null,
    contentScriptBytes: bundle.minified,
    contentScriptGzipBytes: bundle.gzip,
  };
}

function medianOf(xs) {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return null;
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Each target: the goal, the figure, and whether it is met. */
export function browserTargets(s) {
  const kb = (n) => `${round(n / 1024)} KB`;
  const mb = (n) => (n === null ? "n/a" : `${round(n / 2 ** 20)} MB`);
  return [
    [
      "≥ 10× faster than mark.js (sum over pages)",
      `${s.vsMarkJs}× (CPU time: ${s.vsMarkJsCpu ?? "–"}×)`,
      s.vsMarkJs >= TARGETS.vsMarkJs,
    ],
    [
      "faster than mark.js on ≥ 95% of pages",
      `${s.fasterThanMarkJsPages} of ${s.measured} (${round(s.fasterThanMarkJsShare * 100)}%; CPU time: ${s.fasterThanMarkJsShareCpu === null || s.fasterThanMarkJsShareCpu === undefined ? "–" : `${round(s.fasterThanMarkJsShareCpu * 100)}%`})`,
      s.fasterThanMarkJsShare >= TARGETS.fasterPagesShare,
    ],
    [
      "≤ 3× the text-walk floor on pages with > 100,000 characters (sum)",
      s.bigPagesVsFloor === null
        ? "no such page measured"
        : `${s.bigPagesVsFloor}× (${s.bigPages.length} pages; CPU time: ${s.bigPagesVsFloorCpu ?? "–"}×)`,
      s.bigPagesVsFloor === null ? null : s.bigPagesVsFloor <= TARGETS.vsFloorOnBigPages,
    ],
    [
      "no Backstride main-thread task over 50 ms",
      `longest ${s.longestTaskMs} ms (${s.longestTaskPage}); ${s.pagesWithTaskOver50} pages over 50 ms; by CPU time: longest ${s.longestTaskCpuMs} ms, ${s.pagesWithTaskCpuOver50} pages over 50 ms`,
      s.pagesWithTaskOver50 === 0,
    ],
    [
      "one paragraph added to a 5,000-paragraph page: re-annotated in < 1 ms (median)",
      s.incrementalMedianMs === null
        ? "not measured"
        : `${s.incrementalMedianMs} ms; growing to 5,000 paragraphs: longest task ${s.scrollGrowthLongestTaskMs} ms`,
      s.incrementalMedianMs === null
        ? null
        : s.incrementalMedianMs < TARGETS.incrementalMs && s.scrollGrowthLongestTaskMs <= TARGETS.taskMs,
    ],
    [
      "no work at all on a page whose body has no text",
      s.emptyBodyJsMs === null || s.emptyBodyJsMs === undefined
        ? "not measured"
        : `${s.emptyBodyJsMs} ms of Backstride JavaScript on an empty body, besides ${s.emptyBodyEvaluateMs ?? "–"} ms evaluating the script`,
      s.emptyBodyJsMs === null || s.emptyBodyJsMs === undefined ? null : s.emptyBodyJsMs < 0.5,
    ],
    [
      "content script < 60 KB minified",
      `${kb(s.contentScriptBytes)} (${kb(s.contentScriptGzipBytes)} gzip)`,
      s.contentScriptBytes < TARGETS.contentScriptBytes,
    ],
    [
      "< 5 MB extra JS heap on the largest page",
      `${mb(s.largestPageExtraHeapBytes)} (${s.largestPage}); most: ${mb(s.maxExtraHeapBytes)}`,
      s.largestPageExtraHeapBytes !== null && s.largestPageExtraHeapBytes < TARGETS.extraHeapBytes,
    ],
  ];
}

const pad = (s, n) => String(s ?? "–").padStart(n);
const fmt = (x) => (x === null || x === undefined ? "–" : String(round(x)));

export const TABLE_HEADER = [
  "page".padEnd(44),
  pad("KB", 6),
  pad("text", 8),
  pad("bstride", 8),
  pad("mark.js", 8),
  pad("floor", 7),
  pad("×mark", 6),
  pad("×floor", 7),
  pad("hl", 5),
  pad("marks", 5),
  pad("task", 6),
  pad("heap KB", 8),
].join(" ");

export function printRow(r) {
  if (r.error && r.backstrideMs === undefined) {
    console.log(`${r.page.slice(0, 44).padEnd(44)} error: ${r.error}`);
    return;
  }
  console.log(
    [
      r.page.slice(0, 44).padEnd(44),
      pad(Math.round(r.bytes / 1024), 6),
      pad(r.textChars, 8),
      pad(fmt(r.backstrideMs), 8),
      pad(fmt(r.markJsMs), 8),
      pad(fmt(r.floorMs), 7),
      pad(r.backstrideMs ? fmt(r.markJsMs / r.backstrideMs) : "–", 6),
      pad(r.floorMs ? fmt(r.backstrideMs / r.floorMs) : "–", 7),
      pad(r.highlights, 5),
      pad(r.markJsMarks, 5),
      pad(fmt(r.longestTaskMs), 6),
      pad(r.extraHeapBytes === null ? "–" : Math.round(r.extraHeapBytes / 1024), 8),
      r.error ? ` error: ${r.error}` : "",
    ].join(" "),
  );
}

export function printSummary(run) {
  const s = run.summary;
  console.log(
    `\n${s.measured} of ${s.pages} pages measured in ${run.wallSeconds} s on ${run.machine.cores} × ${run.machine.cpu}, ${run.machine.chromium}`,
  );
  if (s.cpuPages) {
    console.log(
      `CPU time sums (${s.cpuPages} pages): Backstride ${s.backstrideCpuMsTotal} ms, mark.js ${s.markJsCpuMsTotal} ms, floor ${s.floorCpuMsTotal} ms`,
    );
  }
  const h = run.harnessSeconds;
  console.log(
    `harness: ${h.extension} s with the extension, ${h.plain} s plain, ${h.naive} s naive, ${h.traces} s collecting traces`,
  );
  console.log(
    `sums: Backstride ${s.backstrideMsTotal} ms, mark.js ${s.markJsMsTotal} ms, floor ${s.floorMsTotal} ms` +
      (s.naivePages ? `; naive on ${s.naivePages} pages: ${s.naiveVsBackstride}× Backstride` : ""),
  );
  for (const [target, figure, met] of browserTargets(s)) {
    console.log(`${met === null ? "  ?" : met ? "  ✓" : "  ✗"} ${target}: ${figure}`);
  }
  for (const f of s.failed) console.log(`  failed: ${f.page}: ${f.error}`);
}
