import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { loadavg } from "node:os";
import type { CDPSession, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import raw from "../../src/data/glossary.json";
import { scanHtml } from "../../src/cli/scan-html.ts";
import { compileGlossary } from "../../src/core/glossary-index.ts";
import type { Glossary } from "../../src/core/glossary-schema.ts";
import { DEFAULT_SETTINGS } from "../../src/core/settings.ts";
import { withSite } from "../../src/core/sites.ts";
import { BlogPage } from "../support/blog-page.ts";
import { type ChromiumSession, CHROMIUM, browserAvailable, launchChromium } from "../support/browsers.ts";
import { sendToActiveTab } from "../support/extension-session.ts";
import { MainThreadTrace, type ScriptTask } from "../support/main-thread-trace.ts";

// The two heaviest pages of the hostile-page list: one that rewrites itself 10,000 times a second
// for 10 seconds, and one text node of 20 MB. Backstride must keep up without starving the page,
// without growing and without long tasks: measured over the Chrome DevTools Protocol, against
// the same page with Backstride switched off for its site.

const matcher = compileGlossary(raw as Glossary);
const STORM_MS = 10_000;

// --- the 20 MB page: built by its own script at load (the parser would cut the text into 64K
// nodes, and parsing 20 MB of markup takes Chromium far longer than laying it out) -------------

const LINE =
  "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.\n";
const PLANTED = [
  "plantar fasciitis",
  "lateral knee pain",
  "ground reaction force",
  "Achilles tendon",
  "center of gravity",
];
const BLOCKS = 200; // one planted term about every 100 KB
const LINES_PER_BLOCK = Math.ceil(100_000 / LINE.length);

/** The text the page builds, built the same way here (the page's copy is checked against it). */
function bigText(): string {
  const block = LINE.repeat(LINES_PER_BLOCK);
  const parts: string[] = [];
  for (let i = 0; i < BLOCKS; i++) parts.push(block, `Block ${i}: ${PLANTED[i % PLANTED.length]}.\n`);
  return parts.join("");
}

const BIG_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>20 MB</title></head><body>
<h1>One text node of 20 MB</h1><pre id="big"></pre><script>
  const LINE = ${JSON.stringify(LINE)}, PLANTED = ${JSON.stringify(PLANTED)};
  const block = LINE.repeat(${LINES_PER_BLOCK});
  const parts = [];
  for (let i = 0; i < ${BLOCKS}; i++) parts.push(block, "Block " + i + ": " + PLANTED[i % PLANTED.length] + ".\\n");
  const big = document.getElementById("big");
  big.append(parts.join(""));
  document.body.offsetHeight; // the page's own first layout, done before any content script runs
  performance.mark("page:ready");
  // DOM probe: every mutation from here on.
  window.__mutations = [];
  new MutationObserver((records) => {
    for (const r of records) window.__mutations.push(r.type + " " + r.target.nodeName);
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  // Heartbeat: a timer every 5 ms; the gaps between its beats tell how long the page was blocked.
  window.__beats = [];
  const beat = () => { __beats.push(performance.now()); if (__beats.length < 20000) setTimeout(beat, 5); };
  setTimeout(beat, 5);
  // Frames: a requestAnimationFrame loop, which Chromium runs ahead of queued tasks when it must.
  window.__frames = [];
  const frame = () => { __frames.push(performance.now()); if (__frames.length < 5000) requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
</script></body></html>`;

// --- server: the storm fixture and the 20 MB page, reached as 127.0.0.1 and as localhost --------

let server: Server;
let port = 0;
const url = (host: string, path: string) => `http://${host}:${port}/${path}`;

beforeAll(async () => {
  const pages: Record<string, Buffer> = {
    "mutation-storm.html": readFileSync(new URL("../fixtures/mutation-storm.html", import.meta.url)),
    "big.html": Buffer.from(BIG_PAGE),
  };
  server = createServer((req, res) => {
    const body = pages[(req.url ?? "/").slice(1)];
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

// --- measuring ----------------------------------------------------------------------------------

/** CPU time of the tab's renderer main thread so far (ms): its own clock, not wall time. */
async function threadMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return metrics.find((m) => m.name === "ThreadTime")!.value * 1000;
}

/**
 * The tab's heap after full collections: V8's (page and content script share the isolate) plus
 * Blink's (DOM nodes, Ranges, highlights).
 */
async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize, embedderHeapUsedSize } = await cdp.send("Runtime.getHeapUsage");
  return usedSize + embedderHeapUsedSize;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const sorted = (a: string[]) => [...a].sort();
const mb = (bytes: number) => Math.round(bytes / 1e4) / 100;
const round = (ms: number) => Math.round(ms * 10) / 10;
const longest = (tasks: ScriptTask[]) =>
  tasks.reduce((w, t) => (t.cpuMs > w.cpuMs ? t : w), { at: 0, wallMs: 0, cpuMs: 0, what: "none" });

interface StormResult {
  mutations: number;
  ticks: number;
  ms: number;
  worstGapMs: number;
  paragraphs: number;
}

describe.skipIf(!browserAvailable(CHROMIUM, "chromium", "chromium"))("extreme pages in Chromium", () => {
  let session: ChromiumSession;
  let scriptUrl = "";
  const extensionErrors: string[] = [];

  beforeAll(async () => {
    session = await launchChromium("dist/chrome");
    scriptUrl = `chrome-extension://${session.extensionId}/content.js`;
    // The same pages on another host name, with Backstride switched off for that site: the baseline.
    const off = withSite(DEFAULT_SETTINGS, `localhost:${port}`, false);
    await session.worker.evaluate((settings) => chrome.storage.sync.set({ settings }), off);
  });
  afterAll(async () => {
    await session?.context.close();
  });

  /**
   * A tab for `address`, the only one open besides a blank tab that traces (so the measured tab
   * is in the foreground and no other page shares its renderer).
   */
  async function open(address: string): Promise<{ page: Page; cdp: CDPSession; trace: MainThreadTrace }> {
    for (const p of session.context.pages()) await p.close();
    const tracer = await session.context.newPage();
    const trace = new MainThreadTrace(await session.context.newCDPSession(tracer));
    const page = await session.context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error" && m.location().url.startsWith("chrome-extension://"))
        extensionErrors.push(`${address}: ${m.text()}`);
    });
    page.on("pageerror", (e) => {
      if ((e.stack ?? "").includes("chrome-extension://")) extensionErrors.push(`${address}: ${e.message}`);
    });
    const cdp = await session.context.newCDPSession(page);
    await cdp.send("Performance.enable");
    return { page, cdp, trace };
  }

  /** Resolves once Backstride's first pass (`backstride:annotate`) is over. */
  const annotated = (page: Page) =>
    page.waitForFunction(() => performance.getEntriesByName("backstride:annotate").length > 0, null, {
      timeout: 30_000,
      polling: 250,
    });

  async function stormRun(host: string, on: boolean) {
    const { page, cdp, trace } = await open(url(host, "mutation-storm.html"));
    await page.goto(url(host, "mutation-storm.html"));
    if (on) await annotated(page);
    else await sleep(1000); // the content script loads, reads the settings and stays off
    const heapBefore = await heapAfterGc(cdp);
    await trace.start();
    const cpu0 = await threadMs(cdp);
    await page.evaluate(
      (ms) => (window as unknown as { storm: { start(ms: number): void } }).storm.start(ms),
      STORM_MS,
    );
    await sleep(STORM_MS);
    const result = await page.waitForFunction(
      () => (window as unknown as { storm: { result: StormResult | null } }).storm.result,
      null,
      { polling: 100 },
    );
    const stats = (await result.jsonValue())!;
    const cpuMs = (await threadMs(cdp)) - cpu0;
    // Backstride applies mutations in batches 60 ms apart: its last batch is over well within 1 s.
    await sleep(1000);
    const { tasks } = await trace.stop("storm:start", scriptUrl);
    const heapAfter = await heapAfterGc(cdp);
    return { page, stats, cpuMs, tasks, heapBefore, heapAfter };
  }

  it("keeps up with a page that mutates 10,000 nodes a second for 10 s: the page keeps its pace, CPU bounded, no heap growth, highlights match the final text", async () => {
    const off = await stormRun("localhost", false);
    expect(await new BlogPage(off.page).highlightCount()).toBe(0);
    const on = await stormRun("127.0.0.1", true);

    const extraCpuMs = on.cpuMs - off.cpuMs;
    const backstrideCpuMs = on.tasks.reduce((sum, t) => sum + t.cpuMs, 0);
    const worst = longest(on.tasks);
    const figures = {
      load: loadavg()[0]!.toFixed(2),
      mutations: { off: off.stats.mutations, on: on.stats.mutations },
      worstTickGapMs: { off: round(off.stats.worstGapMs), on: round(on.stats.worstGapMs) },
      mainThreadCpuMs: { off: Math.round(off.cpuMs), on: Math.round(on.cpuMs) },
      extraCpuShare: (extraCpuMs / STORM_MS).toFixed(2),
      backstrideJs: { cpuMs: Math.round(backstrideCpuMs), tasks: on.tasks.length, longest: worst },
      heapMB: { off: [mb(off.heapBefore), mb(off.heapAfter)], on: [mb(on.heapBefore), mb(on.heapAfter)] },
    };
    console.log("mutation storm", JSON.stringify(figures));

    // Highlights equal the engine's matches in the final DOM, as `backstride scan` reads it.
    const { text, matches } = scanHtml(await on.page.content(), matcher);
    const expected = sorted(matches.map((m) => text.slice(m.start, m.end)));
    expect(expected.length).toBeGreaterThan(200);
    const blog = new BlogPage(on.page);
    await expect.poll(async () => sorted(await blog.highlightedTexts()), { timeout: 5000 }).toEqual(expected);

    // Bounds from runs on this shared two-core machine (load average 0.7–3.7), with margin:
    // - the page's pace: 72–94% of its mutations without Backstride, lowest when other work
    //   competes for the cores (the tab's main thread is then saturated);
    // - Backstride never holds the thread: its longest task took 12–16 ms of CPU (8 ms slices);
    // - its own JavaScript took 0.85–1.1 s of CPU in the 10 s; with what it makes the tab do
    //   besides (its live Ranges slow each DOM change of the page, its highlights are repainted
    //   every frame), the tab's extra main-thread CPU is 21–42% of the wall time.
    // A leak (annotations of removed nodes kept) fails the heap and highlight checks. Cheaper
    // regressions pass: without the 60 ms batching Backstride's JavaScript costs 1.6× as much.
    expect(on.stats.mutations).toBeGreaterThanOrEqual(0.6 * off.stats.mutations);
    expect(worst.cpuMs).toBeLessThan(50);
    expect(backstrideCpuMs).toBeLessThan(0.2 * STORM_MS);
    expect(extraCpuMs).toBeLessThan(0.6 * STORM_MS);
    // Nothing accumulates: the heap grows no more than the page's own does, give or take 2 MB.
    expect(on.heapAfter - on.heapBefore).toBeLessThan(off.heapAfter - off.heapBefore + 2e6);
    expect(extensionErrors).toEqual([]);
  });

  it("annotates one 20 MB text node in slices: no long task, the page keeps running, its DOM untouched", async () => {
    const big = bigText();
    const expected = matcher.scan(big).map((m) => ({ at: m.start, text: big.slice(m.start, m.end) }));
    expect(expected.map((m) => m.text)).toEqual(
      Array.from({ length: BLOCKS }, (_, i) => PLANTED[i % PLANTED.length]),
    );

    const address = url("127.0.0.1", "big.html");
    const { page, trace } = await open(address);
    await trace.start();
    const started = performance.now();
    await page.goto(address);
    await annotated(page);
    const loadedMs = performance.now() - started;
    await sleep(1000); // the repaint with the highlights, and Backstride's idle-time work
    const { tasks, rendering } = await trace.stop("page:ready", scriptUrl);
    const worst = longest(tasks);
    const probe = await page.evaluate(() => {
      const start = performance.getEntriesByName("backstride:annotate-start")[0]!.startTime;
      const pass = performance.getEntriesByName("backstride:annotate")[0]!.duration;
      /** How often a probe (its firing times) fired during the pass, and its longest silence there. */
      const during = (times: number[]) => {
        const inside = times.filter((t) => t >= start && t <= start + pass);
        const marks = [start, ...inside, start + pass];
        const silences = marks.slice(1).map((t, i) => t - marks[i]!);
        return { count: inside.length, longestSilenceMs: Math.round(Math.max(...silences)) };
      };
      const w = window as unknown as { __beats: number[]; __frames: number[] };
      return { passMs: pass, timer: during(w.__beats), frames: during(w.__frames) };
    });
    console.log(
      "20 MB page",
      JSON.stringify({
        load: loadavg()[0]!.toFixed(2),
        loadedMs: Math.round(loadedMs),
        passMs: Math.round(probe.passMs),
        timer: probe.timer,
        frames: probe.frames,
        tasks: tasks.length,
        backstrideCpuMs: Math.round(tasks.reduce((sum, t) => sum + t.cpuMs, 0)),
        longest: worst,
        over50ms: tasks.filter((t) => t.wallMs > 50),
        rendering,
      }),
    );

    // Every planted term highlighted where it is, and the tab still answers Backstride's messages.
    const highlighted = await page.evaluate(() =>
      [...(CSS.highlights.get("backstride-subtle") ?? [])].map((r) => ({
        at: (r as Range).startOffset,
        text: r.toString(),
      })),
    );
    expect(highlighted).toEqual(expected);
    const listed = (await sendToActiveTab(session, { type: "list-terms", payload: {} })) as {
      terms: { count: number }[];
    };
    expect(listed.terms.reduce((n, t) => n + t.count, 0)).toBe(BLOCKS);
    // The page is as it built itself: one text node, not one mutation since.
    const dom = await page.evaluate(() => {
      const pre = document.getElementById("big")!;
      return {
        mutations: (window as unknown as { __mutations: string[] }).__mutations,
        nodes: pre.childNodes.length,
        length: (pre.firstChild as Text).data.length,
      };
    });
    expect(dom).toEqual({ mutations: [], nodes: 1, length: big.length });
    // No Backstride task over 100 ms of CPU (thread time: other processes share these cores;
    // measured 24–33 ms, the first slice, which reads the 20 MB string from the node; an unsliced
    // scan takes 170 ms) and frames kept coming during the pass (longest silence 84–120 ms;
    // 358 ms unsliced). The page's timers do not: scheduler.yield() continuations run ahead of
    // them, so its 5 ms heartbeat is silent for the whole pass. Chromium's repaint of the 20 MB
    // text with the highlights (PrePaint, 350–420 ms) costs as much as the page's own first paint.
    expect(worst.cpuMs).toBeLessThan(100);
    expect(probe.frames.longestSilenceMs).toBeLessThan(250);
    expect(extensionErrors).toEqual([]);
  });
});
