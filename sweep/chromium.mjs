/* global self, fetch, setTimeout, document -- in code that runs in the browser */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { URL } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM_PATH, extensionFlags } from "../scripts/chromium-flags.mjs";
import { HIGHLIGHT, MARKER, highlightState, highlightTexts, installProbe, mutationsSeen } from "./probe.mjs";
import {
  DEFAULT_SETTINGS,
  checkOffAndOn,
  diffTexts,
  guardedPageCheck,
  isSiteOff,
  message,
  poll,
  sleep,
  switchSite,
  within,
} from "./util.mjs";

export const CHROMIUM = CHROMIUM_PATH;

const LOAD_MS = 20_000;
const ANNOTATE_MS = 20_000;
const NETWORK = /^(https?|wss?|ftp):$/;
const CANARY_HOST = "backstride-sweep-canary.invalid";

const isNetwork = (url) => {
  try {
    return NETWORK.test(new URL(url).protocol);
  } catch {
    return false;
  }
};

/** Per-page record of everything the browser reported while the page was checked. */
function newWatch() {
  return {
    extContexts: new Set(),
    // The content script's worlds in the top frame, newest last: with all_frames, an iframe's
    // world can be created after the top frame's, so "the newest world" is not the page's.
    topContexts: [],
    extErrors: [], // uncaught exceptions and console errors from Backstride
    pageErrors: [], // the page's own (none expected: its scripts are removed)
    violations: [], // network requests made by Backstride
    external: 0, // the page's own requests for resources on other hosts (unresolvable here)
    navigations: 0,
  };
}

/**
 * One Chromium with the built extension and one local server: pages are checked one at a time,
 * so every event (including the service worker's) belongs to the page under check.
 */
export class ChromiumLane {
  constructor(name, extensionDir, server, pageMs) {
    this.pageMs = pageMs; // the whole check of one page; a page that takes longer is a failure
    this.name = name;
    this.extensionDir = resolve(extensionDir);
    this.server = server;
    this.watch = newWatch();
    this.laneViolations = [];
    this.extensionPages = new Set();
  }

  async start() {
    this.profile = mkdtempSync(join(tmpdir(), "backstride-sweep-chromium-"));
    const ext = this.extensionDir;
    this.context = await chromium.launchPersistentContext(this.profile, {
      executablePath: CHROMIUM,
      headless: false, // the real switch is --headless=new: only the new headless mode runs extensions
      args: [
        ...extensionFlags(ext),
        // Offline: the pages' own images, fonts and styles on other hosts fail at once instead of
        // waiting for DNS. Requests are still reported (and checked) before they fail.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
      ],
    });
    const worker =
      this.context.serviceWorkers()[0] ??
      (await this.context.waitForEvent("serviceworker", { timeout: 15_000 }));
    this.extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
    this.context.on("serviceworker", () => void this.hookWorker().catch(() => {}));
    this.context.on("request", (request) => this.onRequest(request));
    this.context.on("console", (msg) => {
      const worker = typeof msg.worker === "function" ? msg.worker() : null;
      if (worker && worker.url().startsWith(this.extensionOrigin) && msg.type() === "error")
        this.watch.extErrors.push(`service worker console.error: ${msg.text()}`);
    });
    await this.hookWorker();
    // Extension pages opened by the extension itself (a welcome tab on install) may have loaded
    // before the listeners above existed: reload them, so their requests are checked too.
    await sleep(300);
    for (const page of this.context.pages()) {
      if (!page.url().startsWith(this.extensionOrigin)) continue;
      this.extensionPages.add(new URL(page.url()).pathname);
      await page.reload().catch(() => {});
    }
  }

  /** Collects uncaught errors in the service worker (it has no page to report them to). */
  async hookWorker() {
    await this.workerEval(() => {
      if (self.__sweepErrors) return;
      self.__sweepErrors = [];
      self.addEventListener("error", (e) =>
        self.__sweepErrors.push(`${e.message} at ${e.filename}:${e.lineno}:${e.colno}`),
      );
      self.addEventListener("unhandledrejection", (e) =>
        self.__sweepErrors.push(`unhandled rejection: ${e.reason?.stack ?? e.reason}`),
      );
    });
  }

  async workerEval(fn, arg) {
    for (let attempt = 0; ; attempt++) {
      const worker =
        this.context.serviceWorkers().find((w) => w.url().startsWith(this.extensionOrigin)) ??
        (await this.context.waitForEvent("serviceworker", { timeout: 10_000 }));
      try {
        return await worker.evaluate(fn, arg);
      } catch (error) {
        if (attempt > 0) throw error;
      }
    }
  }

  /** Switches Backstride off or on for this lane's site, as the popup's site switch does. */
  setSiteActive(active) {
    return this.workerEval(switchSite, [this.server.host, active, DEFAULT_SETTINGS]);
  }

  async ensureSiteActive() {
    if (await this.workerEval(isSiteOff, this.server.host)) await this.setSiteActive(true);
  }

  onRequest(request) {
    let fromWorker = null;
    try {
      fromWorker = request.serviceWorker();
    } catch {
      fromWorker = null;
    }
    const url = request.url();
    if (fromWorker && isNetwork(url)) {
      this.watch.violations.push({ by: "service worker", url, method: request.method() });
      return;
    }
    if (fromWorker) return;
    let page = null;
    try {
      page = request.frame().page();
    } catch {
      page = null;
    }
    // Requests of extension pages: reported for the whole lane, since such a page can open
    // (on install) before the first page is checked.
    if (page && page.url().startsWith(this.extensionOrigin) && isNetwork(url)) {
      const violation = { by: `extension page ${page.url()}`, url, method: request.method() };
      this.watch.violations.push(violation);
      this.laneViolations.push(violation);
    }
  }

  /** Wires a page's DevTools session: execution contexts, exceptions, console, network. */
  async instrument(page) {
    const watch = this.watch;
    const cdp = await this.context.newCDPSession(page);
    const mentionsExtension = (x) => JSON.stringify(x ?? "").includes(this.extensionOrigin);
    const { frameTree } = await cdp.send("Page.getFrameTree");
    const topFrameId = frameTree.frame.id; // a tab's top frame keeps its id across navigations
    cdp.on("Runtime.executionContextCreated", ({ context }) => {
      if (context.origin !== this.extensionOrigin) return;
      watch.extContexts.add(context.id);
      if (context.auxData?.frameId === topFrameId) watch.topContexts.push(context.id);
    });
    cdp.on("Runtime.exceptionThrown", ({ exceptionDetails: d }) => {
      const text = `${d.exception?.description ?? d.text}`.split("\n").slice(0, 4).join(" | ");
      if (watch.extContexts.has(d.executionContextId) || mentionsExtension(d)) watch.extErrors.push(text);
      else watch.pageErrors.push(text);
    });
    cdp.on("Runtime.consoleAPICalled", (e) => {
      if (e.type !== "error" && e.type !== "assert") return;
      const text = e.args.map((a) => a.value ?? a.description ?? "").join(" ");
      if (watch.extContexts.has(e.executionContextId) || mentionsExtension(e.stackTrace))
        watch.extErrors.push(`console.${e.type}: ${text}`);
      else watch.pageErrors.push(`console.${e.type}: ${text}`);
    });
    cdp.on("Log.entryAdded", ({ entry }) => {
      if (entry.level === "error" && mentionsExtension(entry))
        watch.extErrors.push(`${entry.source}: ${entry.text}`);
    });
    cdp.on("Network.webSocketCreated", ({ url, initiator }) => {
      if (mentionsExtension(initiator) || (initiator?.stack?.callFrames?.length ?? 0) > 0)
        watch.violations.push({ by: "content script", url, method: "WebSocket" });
    });
    cdp.on("Network.requestWillBeSent", ({ request, initiator, type }) => {
      if (!isNetwork(request.url)) return;
      // No page script runs (removed, and forbidden by CSP): a request started by running
      // script (an initiator with a JS stack) can only come from a content script. Module
      // preloads (<link rel=modulepreload>) are "script" requests too, but without a stack.
      const fromScript = initiator.type === "script" && (initiator.stack?.callFrames?.length ?? 0) > 0;
      if (mentionsExtension(initiator) || fromScript) {
        watch.violations.push({ by: "content script", url: request.url, method: request.method, type });
      } else if (new URL(request.url).host !== this.server.host) watch.external += 1;
    });
    await Promise.all([cdp.send("Runtime.enable"), cdp.send("Network.enable"), cdp.send("Log.enable")]);
    page.on("pageerror", (error) => {
      if (`${error.stack}`.includes(this.extensionOrigin))
        watch.extErrors.push(`pageerror: ${error.message}`);
    });
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) watch.navigations += 1;
    });
    await page.addInitScript(installProbe);
    return cdp;
  }

  async takeWorkerErrors() {
    const errors = await this.workerEval(() => (self.__sweepErrors ?? []).splice(0)).catch((e) => [
      `could not read the service worker's errors: ${message(e)}`,
    ]);
    this.watch.extErrors.push(...errors.map((e) => `service worker: ${e}`));
  }

  /** Checks one page; never throws, and gives up after `pageMs` (then restarts the browser). */
  async check(entry) {
    const started = Date.now();
    const result = {
      checks: {},
      expected: entry.cliCount,
      count: null,
      step: "start",
    };
    this.watch = newWatch();
    await guardedPageCheck({
      result,
      pageMs: this.pageMs,
      openPage: async () => {
        await this.ensureSiteActive();
        return this.context.newPage();
      },
      run: (page) => this.run(page, entry, result),
      restart: () => this.restart(),
    });
    return JSON.parse(JSON.stringify(this.finish(result, started))); // a copy: an abandoned check cannot change it
  }

  async run(page, entry, result) {
    // A check abandoned after its timeout stops at its next step instead of running on.
    const mark = (step) => {
      if (result.abandoned) throw new Error("abandoned after the timeout");
      result.step = step;
    };
    mark("instrument");
    const cdp = await this.instrument(page);
    mark("load");
    await page.goto(this.server.url(entry.file), { waitUntil: "domcontentloaded", timeout: LOAD_MS });
    mark("first annotation pass");
    const first = await poll(
      () => page.evaluate(highlightState, HIGHLIGHT),
      (s) => s.passes >= 1,
      ANNOTATE_MS,
    );
    result.annotateMs = first.value.annotateMs;
    if (!first.ok) {
      result.checks.count = fail(`no annotation pass (backstride:annotate) within ${ANNOTATE_MS} ms`);
      result.checks.toggle = fail("not tried: the page was never annotated");
    } else {
      mark("count");
      result.count = first.value.size;
      result.checks.count = this.compareCount(entry, first.value);
      if (!result.checks.count.ok) {
        const texts = await page.evaluate(highlightTexts, HIGHLIGHT);
        Object.assign(result.checks.count, explainMismatch(entry.cliTexts, texts));
      }
      mark("switch off");
      result.checks.toggle = await this.toggle(page, cdp, first.value, mark);
    }
    mark("mutations");
    await sleep(100);
    const seen = await page.evaluate(mutationsSeen);
    result.checks.dom = domVerdict(seen);
    result.scriptsLeft = await page.evaluate(() => document.scripts.length);
    mark("service worker errors");
    await this.takeWorkerErrors();
  }

  compareCount(entry, state) {
    if (entry.cliCount === undefined) return fail(`the CLI could not scan the page: ${entry.error}`);
    const detail = `browser ${state.size}, CLI ${entry.cliCount}${state.registered ? "" : " (highlight not registered)"}`;
    return state.size === entry.cliCount ? pass(detail) : fail(detail);
  }

  /**
   * The MutationObservers of the content script's world. Runtime.queryObjects collects garbage
   * first and lists the live ones (`alive`); an observer can be alive yet disconnected (released
   * but not yet collected), so each is asked whether it is still `connected`: a marker element
   * is appended to <html> and removed in one synchronous call, and an observer that is still
   * observing holds a record of it (taken, so the content script never sees the marker; the
   * page probe ignores it). Null when the question cannot be asked.
   */
  async extensionObservers(cdp) {
    const contextId = this.watch.topContexts.at(-1);
    if (contextId === undefined) return null;
    try {
      const proto = await cdp.send("Runtime.evaluate", {
        contextId,
        expression: "MutationObserver.prototype",
      });
      const { objects } = await cdp.send("Runtime.queryObjects", {
        prototypeObjectId: proto.result.objectId,
      });
      const { result } = await cdp.send("Runtime.callFunctionOn", {
        objectId: objects.objectId,
        functionDeclaration: `function () {
          const marker = document.createElement("${MARKER}");
          document.documentElement.append(marker);
          const connected = this.filter((o) => o.takeRecords().length > 0).length;
          marker.remove();
          for (const o of this) o.takeRecords();
          return { alive: this.length, connected };
        }`,
        returnByValue: true,
      });
      await cdp.send("Runtime.releaseObject", { objectId: objects.objectId });
      await cdp.send("Runtime.releaseObject", { objectId: proto.result.objectId });
      return result.value;
    } catch {
      return null;
    }
  }

  async toggle(page, cdp, before, mark) {
    const observers = [await this.extensionObservers(cdp)];
    const switched = await checkOffAndOn({
      page,
      before,
      mark,
      annotateMs: ANNOTATE_MS,
      setSiteActive: (active) => this.setSiteActive(active),
      // A released observer may outlive the switch until a collection: give it a second.
      whileOff: async () =>
        observers.push(
          (
            await poll(
              () => this.extensionObservers(cdp),
              (o) => o?.alive === 0,
              1000,
              250,
            )
          ).value,
        ),
    });
    observers.push(await this.extensionObservers(cdp));
    // Observing while on, none observing once off, observing again once back on.
    const [was, gone, back] = observers.map((o) => o ?? { alive: NaN, connected: NaN });
    const observersOk = was.connected > 0 && gone.connected === 0 && back.connected > 0;
    const count = (o) =>
      o.alive === o.connected ? `${o.alive}` : `${o.connected} (+${o.alive - o.connected} released)`;
    const detail = `${switched.detail}; observing MutationObservers ${[was, gone, back].map(count).join(" → ")}`;
    return switched.ok && observersOk ? pass(detail) : fail(detail);
  }

  finish(result, started) {
    const w = this.watch;
    result.ms = Date.now() - started;
    result.checks.exceptions = w.extErrors.length
      ? fail(w.extErrors.slice(0, 5).join(" ‖ "))
      : pass(w.pageErrors.length ? `none (${w.pageErrors.length} errors in the page's own world)` : "none");
    result.checks.privacy = w.violations.length
      ? fail(
          w.violations
            .slice(0, 5)
            .map((v) => `${v.by}: ${v.method} ${v.url}`)
            .join(" ‖ "),
        )
      : pass(`none (the page itself asked for ${w.external} external resources)`);
    if (result.error) {
      for (const check of ["dom", "count", "toggle"])
        result.checks[check] ??= fail(`not reached: ${result.error}`);
    }
    if (w.navigations > 1) result.note = `the page navigated ${w.navigations - 1} time(s) after loading`;
    result.pageErrors = w.pageErrors.slice(0, 3);
    return result;
  }

  /**
   * Proves the detectors see what they must catch, in this browser: a DOM mutation after load,
   * an uncaught exception and a fetch in the content script's world, a fetch in the service
   * worker. The sweep cannot pass if one of them is blind.
   */
  async canary() {
    const url = this.server.add(
      "__backstride_sweep_canary.html",
      "<!doctype html><title>canary</title><p>Plantar fasciitis and knee pain.</p>",
    );
    this.watch = newWatch();
    const page = await this.context.newPage();
    const outcome = {};
    try {
      const cdp = await this.instrument(page);
      this.version = (await cdp.send("Browser.getVersion")).product.replace(/^\w*Chrome\//, "Chromium ");
      await page.goto(url, { waitUntil: "domcontentloaded" });
      const first = await poll(
        () => page.evaluate(highlightState, HIGHLIGHT),
        (s) => s.passes >= 1,
        ANNOTATE_MS,
      );
      outcome.highlights = first.ok && first.value.size > 0;
      const contextId = this.watch.topContexts[0];
      outcome.contentScriptWorld = contextId !== undefined;
      await page.evaluate(() => document.body.append(document.createElement("i")));
      const seen = await page.evaluate(mutationsSeen);
      outcome.mutation = seen?.total >= 1;
      if (contextId !== undefined) {
        await cdp.send("Runtime.evaluate", {
          contextId,
          expression: `setTimeout(() => { throw new Error("sweep canary exception"); }, 0);
            fetch("http://${CANARY_HOST}/content-script").catch(() => {});
            new WebSocket("ws://${CANARY_HOST}/content-script").onerror = () => {};`,
        });
      }
      await this.workerEval(
        (host) => void fetch(`http://${host}/service-worker`).catch(() => {}),
        CANARY_HOST,
      );
      await this.workerEval(() =>
        setTimeout(() => {
          throw new Error("sweep canary worker exception");
        }, 0),
      );
      await sleep(500);
      await this.takeWorkerErrors();
      const errors = this.watch.extErrors.join("\n");
      const hits = (by) => this.watch.violations.some((v) => v.by === by && v.url.includes(CANARY_HOST));
      outcome.contentScriptException = errors.includes("sweep canary exception");
      outcome.workerException = errors.includes("sweep canary worker exception");
      outcome.contentScriptRequest = hits("content script");
      outcome.contentScriptWebSocket = this.watch.violations.some((v) => v.method === "WebSocket");
      outcome.workerRequest = hits("service worker");
    } finally {
      await page.close().catch(() => {});
      this.watch = newWatch();
    }
    return outcome;
  }

  async restart() {
    await within(this.context.close(), 15_000, "closing Chromium").catch(() => {});
    rmSync(this.profile, { recursive: true, force: true });
    await this.start();
  }

  async close() {
    if (this.context) await within(this.context.close(), 15_000, "closing Chromium").catch(() => {});
    if (this.profile) rmSync(this.profile, { recursive: true, force: true });
  }
}

export const pass = (detail) => ({ ok: true, detail });
export const fail = (detail) => ({ ok: false, detail });

export function domVerdict(seen) {
  if (!seen) return fail("the mutation probe was not installed");
  if (!seen.counting) return fail("the probe never saw readyState leave 'loading'");
  if (seen.total === 0) return pass("0 mutations");
  const sample = seen.sample
    .slice(0, 3)
    .map(
      (m) =>
        `${m.type} on ${m.target}${m.attribute ? ` [${m.attribute}]` : ""}` +
        `${m.added.length ? ` +${m.added.join(",")}` : ""}${m.removed.length ? ` -${m.removed.join(",")}` : ""}`,
    )
    .join("; ");
  return fail(`${seen.total} mutations: ${sample}`);
}

/** What the CLI found that the browser did not highlight, and the reverse (a few of each). */
export function explainMismatch(cliTexts, browserTexts) {
  const { onlyA, onlyB } = diffTexts(cliTexts ?? [], browserTexts);
  return { cliOnly: onlyA.slice(0, 8), browserOnly: onlyB.slice(0, 8) };
}
