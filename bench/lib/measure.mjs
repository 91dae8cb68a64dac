import { launchPlain, launchWithExtension } from "./browser.mjs";
import {
  awaitAnnotateMeasure,
  floorPass,
  markJsPass,
  naivePass,
  readBackstrideState,
  settle,
} from "./probes.mjs";
import { withTimeout } from "./stats.mjs";
import { Tracer, backstrideTasks, markedCpuTimes } from "./trace.mjs";

const LOAD_MS = 60_000;
const MEASURE_WAIT_MS = 15_000;
const EVAL_MS = 120_000;

/** Used JS heap of the page's renderer after a full garbage collection (CDP). */
async function heapAfterGc(cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  const { metrics } = await cdp.send("Performance.getMetrics");
  return metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? null;
}

/** One tab in one browser, with a CDP session; recreated after a page that failed. */
class Tab {
  constructor(context) {
    this.context = context;
  }

  async open() {
    this.page = await this.context.newPage();
    this.cdp = await this.context.newCDPSession(this.page);
    await this.cdp.send("Performance.enable");
  }

  async reopen() {
    await this.page?.close().catch(() => {});
    await this.open();
  }

  /** A fresh document each time (the query string differs), straight from the previous page. */
  async load(url, run) {
    const runUrl = `${url}?run=${run}`;
    // The content script runs at document_idle, and the other probes need only the parsed DOM.
    await this.page.goto(runUrl, { waitUntil: "domcontentloaded", timeout: LOAD_MS });
    return runUrl;
  }

  evaluate(fn, arg) {
    return withTimeout(this.page.evaluate(fn, arg), EVAL_MS, fn.name);
  }
}

/** Chromium with the extension: Backstride's measure, highlights, its tasks (traced) and heap. */
export class ExtensionRunner {
  static async start(extensionDir) {
    const runner = new ExtensionRunner();
    runner.browser = await launchWithExtension(extensionDir);
    runner.tab = new Tab(runner.browser.context);
    await runner.tab.open();
    // Tracing runs from a blank tab of its own, so that reopening the measuring tab cannot end it.
    runner.tracerPage = await runner.browser.context.newPage();
    const cdp = await runner.browser.context.newCDPSession(runner.tracerPage);
    const scriptUrl = `chrome-extension://${runner.browser.extensionId}/`;
    runner.tracer = new Tracer(cdp, (events) => backstrideTasks(events, scriptUrl));
    return runner;
  }

  async startTracing() {
    // The first-run page (and anything else the extension opens) would only compete for the CPU.
    for (const p of this.browser.context.pages()) {
      if (p !== this.tab.page && p !== this.tracerPage) await p.close().catch(() => {});
    }
    await this.tracer.start();
  }

  /** Stops tracing: Backstride's tasks for every load since `startTracing()`, by URL. */
  collectTasks() {
    return this.tracer.collect();
  }

  /** Loads the page up to `repeat` times, fewer once a run takes `cheapMs` or more. */
  async runs(url, { repeat, cheapMs }) {
    const { tab } = this;
    const runs = [];
    for (let r = 0; r < repeat; r++) {
      const runUrl = await tab.load(url, r);
      const measure = await tab.evaluate(awaitAnnotateMeasure, MEASURE_WAIT_MS);
      const state = await tab.evaluate(readBackstrideState);
      let heapBytes = null;
      if (r === 0) {
        await tab.evaluate(settle); // the trace then also holds Backstride's idle-time work
        heapBytes = await heapAfterGc(tab.cdp);
      }
      runs.push({ url: runUrl, ms: measure?.duration ?? null, ...state, heapBytes });
      if (!(runs[0].ms < cheapMs)) break;
    }
    return runs;
  }

  close() {
    return this.browser.close();
  }
}

/** Chromium without the extension: heap baseline, the floor, mark.js and the naive annotator. */
export class PlainRunner {
  static async start(markJsSource) {
    const runner = new PlainRunner();
    runner.markJsSource = markJsSource;
    runner.browser = await launchPlain();
    runner.tab = new Tab(runner.browser.context);
    await runner.tab.open();
    const tracerPage = await runner.browser.context.newPage();
    runner.tracer = new Tracer(await runner.browser.context.newCDPSession(tracerPage), markedCpuTimes);
    return runner;
  }

  startTracing() {
    return this.tracer.start();
  }

  /** Stops tracing: CPU time of the floor and mark.js for every load since `startTracing()`, by URL. */
  collectCpuTimes() {
    return this.tracer.collect();
  }

  async runs(url, { repeat, cheapMs, pattern }) {
    const { tab } = this;
    const runs = [];
    for (let r = 0; r < repeat; r++) {
      const runUrl = await tab.load(url, r);
      let heapBytes = null;
      if (r === 0) {
        await tab.evaluate(settle);
        heapBytes = await heapAfterGc(tab.cdp);
      }
      const floor = await tab.evaluate(floorPass);
      await tab.page.addScriptTag({ content: this.markJsSource });
      const markjs = await tab.evaluate(markJsPass, pattern);
      runs.push({ url: runUrl, heapBytes, floor, markjs });
      if (!(runs[0].markjs.ms < cheapMs)) break;
    }
    return runs;
  }

  async naive(url, forms) {
    await this.tab.load(url, "naive");
    return this.tab.evaluate(naivePass, forms);
  }

  close() {
    return this.browser.close();
  }
}
