import type { CDPSession } from "playwright-core";

// Backstride's main-thread work on one page, read from a Chromium trace (CDP Tracing) with the
// light categories of bench/lib/trace.mjs: a `longtask` observer cannot see tasks that only run
// isolated-world microtasks, which is how the content script's async code (its slices, after
// `scheduler.yield()`) runs. JavaScript is Backstride's when its script is the content script, or
// when it is a microtask checkpoint no page script started (the test pages here schedule no
// microtasks of their own). Its JavaScript is measured, not the style or layout it may cause: a
// lower bound; long rendering events are listed apart.

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string; documentLoaderURL?: string } };
}

const CATEGORIES = ["devtools.timeline", "v8.execute", "blink.user_timing"];
const RENDERING = new Set(["UpdateLayoutTree", "Layout", "PrePaint", "Paint"]);
const JS_EVENTS = new Set([
  "EvaluateScript",
  "FunctionCall",
  "RunMicrotasks",
  "TimerFire",
  "FireIdleCallback",
  "FireAnimationFrame",
  "EventDispatch",
  "v8.run",
]);

export interface ScriptTask {
  /** ms after the mark the tasks are counted from */
  at: number;
  wallMs: number;
  /** thread (CPU) time: what the task costs without other processes competing for the core */
  cpuMs: number;
  what: string;
}

/** Traces the whole browser from a CDP session (of any tab that stays open meanwhile). */
export class MainThreadTrace {
  private events: TraceEvent[] = [];

  constructor(private readonly cdp: CDPSession) {
    cdp.on("Tracing.dataCollected", (e) => {
      for (const event of e.value as unknown as TraceEvent[]) this.events.push(event);
    });
  }

  async start(): Promise<void> {
    this.events = [];
    await this.cdp.send("Tracing.start", {
      traceConfig: { includedCategories: CATEGORIES, excludedCategories: ["*"] },
      transferMode: "ReportEvents",
    });
  }

  /** Stops tracing; what ran on the page's main thread from its mark `since` on (see scriptTasks). */
  async stop(since: string, scriptUrl: string): Promise<ReturnType<typeof scriptTasks>> {
    const complete = new Promise((resolve) => this.cdp.once("Tracing.tracingComplete", resolve));
    await this.cdp.send("Tracing.end");
    await complete;
    const tasks = scriptTasks(this.events, since, scriptUrl);
    this.events = [];
    return tasks;
  }
}

const urlOf = (e: TraceEvent) => e.args?.data?.url ?? "";

/**
 * The content script's work after the User Timing mark `since`, which the page makes on its main
 * thread (a mark carries its thread), by task: a top-level event of that thread (a timer, a
 * microtask checkpoint, a page script's call) with the time its Backstride parts took. Backstride
 * runs inside the page's own tasks too: its MutationObserver callbacks run at the end of the page
 * script that made the mutations. Also the thread's long rendering events (style, layout, paint),
 * whoever caused them. Times are ms after the mark.
 */
export function scriptTasks(
  events: TraceEvent[],
  since: string,
  scriptUrl: string,
): { tasks: ScriptTask[]; rendering: ScriptTask[] } {
  const mark = events.find((e) => e.name === since);
  if (!mark) throw new Error(`no mark "${since}" in the trace`);
  const thread = events
    .filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === "X" && e.ts >= mark.ts)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const at = (e: TraceEvent) => (e.ts - mark.ts) / 1000;
  const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
  const tasks: ScriptTask[] = [];
  const rendering: ScriptTask[] = [];
  let top: { event: TraceEvent; task: ScriptTask | null } | null = null;
  let mineUntil = -Infinity; // the end of the Backstride event being counted (nested ones are in it)
  for (const e of thread) {
    const end = e.ts + (e.dur ?? 0);
    if (!top || e.ts >= top.event.ts + (top.event.dur ?? 0)) {
      top = { event: e, task: null };
      if (RENDERING.has(e.name) && (e.dur ?? 0) > 50_000)
        rendering.push({ at: at(e), wallMs: (e.dur ?? 0) / 1000, cpuMs: cpu(e), what: e.name });
    }
    if (!JS_EVENTS.has(e.name) || e.ts < mineUntil) continue;
    const url = urlOf(e);
    if (!(url.startsWith(scriptUrl) || (e.name === "RunMicrotasks" && !url))) continue;
    mineUntil = end;
    if (!top.task) {
      top.task = { at: at(top.event), wallMs: 0, cpuMs: 0, what: top.event.name };
      tasks.push(top.task);
    }
    top.task.wallMs += (e.dur ?? 0) / 1000;
    top.task.cpuMs += cpu(e);
  }
  return { tasks, rendering };
}
