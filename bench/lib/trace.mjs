// Which main-thread tasks Backstride causes, read from a Chromium trace (CDP Tracing). The
// `longtask` PerformanceObserver cannot tell: it does not report tasks that only run
// isolated-world microtasks, which is how a content script's async code runs (seen on this
// corpus: a 180 ms Backstride task without a longtask entry).

// JavaScript and User Timing only. The "toplevel" and "disabled-by-default-devtools.timeline"
// categories would give exact task boundaries, but they trace every task of every thread of every
// process: 10–20 times the volume, and seconds to stop each trace.
const CATEGORIES = ["devtools.timeline", "v8.execute", "blink.user_timing"];
const JS_EVENTS = new Set([
  "EvaluateScript",
  "FunctionCall",
  "RunMicrotasks",
  "TimerFire",
  "FireIdleCallback",
  "v8.run",
]);
// Each top-level JavaScript event counts as a task of its own. Merging events that follow each
// other closely would also merge separate tasks: scheduler.yield() continuations run back to back
// (checked against a full trace with RunTask boundaries on the largest page), so a sliced pass
// would look like one long task. Unmerged, a callback and the microtask checkpoint after it count
// separately: the figure is a lower bound of the task, never more than it.

const urlOf = (e) => e.args?.data?.url ?? "";

/** Traces the whole browser from a session of its own, in batches of page loads. */
export class Tracer {
  /** `analyse(events)` turns a batch's trace into what the caller keeps. */
  constructor(cdp, analyse) {
    this.cdp = cdp;
    this.analyse = analyse;
    this.events = [];
    cdp.on("Tracing.dataCollected", (e) => {
      for (const event of e.value) this.events.push(event);
    });
  }

  async start() {
    this.events = [];
    await this.cdp.send("Tracing.start", {
      traceConfig: { includedCategories: CATEGORIES, excludedCategories: ["*"] },
      transferMode: "ReportEvents",
    });
  }

  /** Stops tracing and analyses what was traced. */
  async collect() {
    const complete = new Promise((resolve) => this.cdp.once("Tracing.tracingComplete", resolve));
    await this.cdp.send("Tracing.end");
    await complete;
    const result = this.analyse(this.events);
    this.events = [];
    return result;
  }
}

/**
 * Splits the trace into page loads (navigationStart of a top-level document from 127.0.0.1) and
 * summarises Backstride's tasks in each: on the load's main thread, from the content script's
 * evaluation on, every run of top-level JavaScript that is the content script's or a microtask
 * checkpoint. The served pages carry no scripts, so the only other JavaScript is the harness's
 * own short evaluations, recognised by their source URL and left out. A task is measured by its
 * JavaScript (a lower bound: style or layout inside the same task is not added; on the traced
 * 180 ms task the difference was 0.1 ms).
 */
export function backstrideTasks(events, scriptUrl) {
  const result = new Map();
  for (const { url, thread } of pageLoads(events)) {
    const summary = summariseLoad(thread, scriptUrl);
    if (summary) result.set(url, summary);
  }
  return result;
}

/**
 * CPU (thread) time between the harness's `bench:<name>-start` and `-end` marks in each page
 * load, by URL: User Timing marks carry the thread's clock.
 */
export function markedCpuTimes(events) {
  const result = new Map();
  for (const { url, thread } of pageLoads(events)) {
    const times = {};
    for (const e of thread) {
      const m = /^bench:(.+)-start$/.exec(e.name);
      if (!m || e.tts === undefined) continue;
      const end = thread.find((x) => x.name === `bench:${m[1]}-end` && x.ts >= e.ts);
      if (end?.tts !== undefined) times[m[1]] = (end.tts - e.tts) / 1000;
    }
    result.set(url, times);
  }
  return result;
}

/** Each top-level page load from 127.0.0.1 in the trace, with the events of its main thread. */
function pageLoads(events) {
  const loads = events
    .filter(
      (e) =>
        e.name === "navigationStart" && /^http:\/\/127\.0\.0\.1:/.test(e.args?.data?.documentLoaderURL ?? ""),
    )
    .sort((a, b) => a.ts - b.ts);
  const byThread = new Map();
  for (const e of events) {
    if (!["X", "I", "R", "e"].includes(e.ph)) continue;
    const key = `${e.pid}:${e.tid}`;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(e);
  }
  for (const list of byThread.values()) list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  return loads.map((load, i) => {
    const until = loads.slice(i + 1).find((l) => l.args?.frame === load.args?.frame)?.ts ?? Infinity;
    const thread = (byThread.get(`${load.pid}:${load.tid}`) ?? []).filter(
      (e) => e.ts >= load.ts && e.ts < until,
    );
    return { url: load.args.data.documentLoaderURL, thread };
  });
}

function summariseLoad(thread, scriptUrl) {
  const evaluation = thread.find((e) => e.name === "EvaluateScript" && urlOf(e).startsWith(scriptUrl));
  if (!evaluation) return null;
  const tasks = [];
  const annotateStart = thread.find((e) => e.name === "backstride:annotate-start");
  const annotateEnd = annotateStart
    ? thread.find((e) => e.name === "backstride:annotate" && e.ph === "e" && e.ts >= annotateStart.ts)
    : null;
  let passCpu = 0;
  let outerEnd = -Infinity;
  for (const e of thread) {
    if (e.ph !== "X" || !JS_EVENTS.has(e.name) || e.ts < evaluation.ts) continue;
    if (e.ts < outerEnd) continue; // nested in the previous top-level JavaScript event
    outerEnd = e.ts + e.dur;
    const url = urlOf(e);
    const mine = url.startsWith(scriptUrl) || (e.name === "RunMicrotasks" && !url);
    if (!mine || /__playwright|pptr:|__puppeteer/.test(url)) continue;
    const what =
      e.name === "FunctionCall" && e.args?.data?.functionName
        ? `FunctionCall ${e.args.data.functionName}`
        : e.name;
    const cpu = e.tdur ?? e.dur; // thread (CPU) time: what the task costs without contention
    if (annotateStart && annotateEnd && e.ts <= annotateEnd.ts && outerEnd >= annotateStart.ts) {
      // The event that was running when the pass began counts from the start mark's thread time.
      const before = e.ts < annotateStart.ts && e.tts !== undefined && annotateStart.tts !== undefined;
      passCpu += before ? Math.max(0, e.tts + cpu - annotateStart.tts) : cpu;
    }
    tasks.push({ ts: e.ts, end: outerEnd, cpu, what: new Set([what]) });
  }
  const at = (ts) => Math.round((ts - evaluation.ts) / 100) / 10;
  const ms = (t) => (t.end - t.ts) / 1000;
  const marks = thread.filter((e) => e.name.startsWith("bench:")).map((e) => [e.name, at(e.ts)]);
  const longest = tasks.reduce((w, t) => (!w || ms(t) > ms(w) ? t : w), null);
  return {
    longestMs: longest ? ms(longest) : 0,
    /** The same task's thread time: on a machine shared with other work, wall time overstates it. */
    longestCpuMs: longest ? longest.cpu / 1000 : 0,
    longestByCpuMs: Math.max(0, ...tasks.map((t) => t.cpu / 1000)),
    /** Thread time of Backstride's JavaScript between the start and the end of the measured pass. */
    passCpuMs: annotateEnd ? passCpu / 1000 : null,
    over50: tasks.filter((t) => ms(t) > 50).length,
    totalMs: tasks.reduce((sum, t) => sum + ms(t), 0),
    tasks: tasks.length,
    /** Each task: start relative to the content script's evaluation (ms), wall ms, CPU ms, what ran. */
    detail: tasks.map((t) => [
      at(t.ts),
      Math.round(ms(t) * 10) / 10,
      Math.round(t.cpu / 100) / 10,
      [...t.what].join(", "),
    ]),
    annotateStartMs: annotateStart ? at(annotateStart.ts) : null,
    /** The harness's own `bench:*` User Timing marks, on the same clock as `detail`. */
    marks,
  };
}
