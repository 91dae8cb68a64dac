/* global document, chrome -- in code that runs in the page or the extension */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import process from "node:process";
import puppeteer from "puppeteer-core";
import { fixedExtensionOrigin, openExtensionTab } from "../scripts/firefox-extension.mjs";
import { domVerdict, explainMismatch, fail, pass } from "./chromium.mjs";
import { HIGHLIGHT, highlightState, highlightTexts, installProbe, mutationsSeen } from "./probe.mjs";
import { isBrowserService, startRecordingProxy, unexplained } from "./record-proxy.mjs";
import {
  DEFAULT_SETTINGS,
  checkOffAndOn,
  guardedPageCheck,
  isSiteOff,
  poll,
  sleep,
  switchSite,
  within,
} from "./util.mjs";

export const FIREFOX = process.env.BACKSTRIDE_FIREFOX ?? "/usr/bin/firefox-esr";

const LOAD_MS = 20_000;
const ANNOTATE_MS = 20_000;

/**
 * Firefox ESR over WebDriver BiDi with the Firefox build installed as a temporary add-on.
 * The add-on's moz-extension:// address is fixed by a pref, so one tab holds Backstride's options
 * page and flips the site switch in storage from there, as the popup does. Every request
 * leaves through a recording proxy (record-proxy.mjs); one that the page's BiDi events do not
 * account for was made by an extension.
 */
export class FirefoxRunner {
  constructor(extensionDir, server, pageMs) {
    this.pageMs = pageMs;
    this.extensionDir = resolve(extensionDir);
    this.server = server;
  }

  async start() {
    const extension = fixedExtensionOrigin(this.extensionDir);
    this.proxy ??= await startRecordingProxy();
    this.browser = await puppeteer.launch({
      browser: "firefox",
      executablePath: FIREFOX,
      headless: true,
      // Offline like the Chromium lanes: every other host goes to the recording proxy, which
      // refuses it at once.
      extraPrefsFirefox: {
        "network.proxy.type": 1,
        "network.proxy.http": "127.0.0.1",
        "network.proxy.http_port": this.proxy.port,
        "network.proxy.ssl": "127.0.0.1",
        "network.proxy.ssl_port": this.proxy.port,
        "network.proxy.no_proxies_on": "127.0.0.1",
        "network.proxy.allow_hijacking_localhost": false,
        ...extension.prefs,
      },
    });
    this.extensionId = await this.browser.installExtension(this.extensionDir);
    this.version = await this.browser.version();
    this.extensionPage = await this.openExtensionPage(`${extension.origin}/options/index.html`);
  }

  /** A tab on one of Backstride's pages, where code runs with the extension's API. */
  async openExtensionPage(url) {
    const page = await openExtensionTab(this.browser, url);
    const ready = await poll(
      () => page.evaluate(() => typeof chrome === "object" && !!chrome.storage?.sync).catch(() => false),
      (ok) => ok,
      10_000,
      100,
    );
    if (!ready.ok) throw new Error(`could not open ${url} to reach the extension's storage`);
    return page;
  }

  /** Switches Backstride off or on for the pages' site, as the popup's site switch does. */
  setSiteActive(active) {
    return this.extensionPage.evaluate(switchSite, [this.server.host, active, DEFAULT_SETTINGS]);
  }

  async check(entry) {
    const started = Date.now();
    const result = { checks: {}, expected: entry.cliCount, count: null, step: "start" };
    const errors = { ext: [], page: [], csp: 0 };
    await guardedPageCheck({
      result,
      pageMs: this.pageMs,
      openPage: async () => {
        if (await this.extensionPage.evaluate(isSiteOff, this.server.host)) await this.setSiteActive(true);
        return this.browser.newPage();
      },
      run: (page) => this.run(page, entry, result, errors),
      restart: () => this.restart(),
    });
    result.ms = Date.now() - started;
    result.checks.exceptions = errors.ext.length
      ? fail(errors.ext.slice(0, 5).join(" ‖ "))
      : pass(
          `none (${errors.csp} inline handlers blocked by the CSP, ${errors.page.length} other browser messages)`,
        );
    if (result.error)
      for (const check of ["dom", "count", "toggle", "privacy"])
        result.checks[check] ??= fail(`not reached: ${result.error}`);
    result.pageErrors = errors.page.slice(0, 3);
    return JSON.parse(JSON.stringify(result)); // a copy: an abandoned check cannot change it
  }

  async run(page, entry, result, errors) {
    // A check abandoned after its timeout stops at its next step instead of running on.
    const mark = (step) => {
      if (result.abandoned) throw new Error("abandoned after the timeout");
      result.step = step;
    };
    // Firefox reports its own messages about the page (blocked inline handlers, fonts and CORS
    // requests that failed offline) as errors too; Backstride's carry a moz-extension:// location.
    const sort = (text, where) => {
      if (where.includes("moz-extension://")) errors.ext.push(text);
      else if (text.startsWith("Content-Security-Policy:")) errors.csp += 1;
      else errors.page.push(text);
    };
    page.on("pageerror", (error) => sort(error.message, `${error.message} ${error.stack ?? ""}`));
    page.on("console", (msg) => {
      if (msg.type() !== "error") return;
      sort(msg.text(), JSON.stringify([msg.text(), msg.location(), msg.stackTrace?.() ?? []]));
    });
    mark("instrument");
    const pageRequests = [];
    page.on("request", (request) => pageRequests.push(request.url()));
    this.proxy.take(); // what came before this page is not its doing
    await page.evaluateOnNewDocument(installProbe);
    mark("load");
    await page.goto(entry.url ?? this.server.url(entry.file), {
      waitUntil: "domcontentloaded",
      timeout: LOAD_MS,
    });
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
      const detail = `browser ${first.value.size}, CLI ${entry.cliCount}`;
      result.checks.count =
        entry.cliCount === undefined
          ? fail(`the CLI could not scan the page: ${entry.error}`)
          : first.value.size === entry.cliCount
            ? pass(detail)
            : fail(detail);
      if (!result.checks.count.ok)
        Object.assign(
          result.checks.count,
          explainMismatch(entry.cliTexts, await page.evaluate(highlightTexts, HIGHLIGHT)),
        );
      if (this.extensionPage) {
        mark("switch off");
        result.checks.toggle = await this.toggle(page, first.value, mark);
      }
    }
    mark("mutations");
    await sleep(100);
    result.checks.dom = domVerdict(await page.evaluate(mutationsSeen));
    result.scriptsLeft = await page.evaluate(() => document.scripts.length);
    mark("requests");
    const records = this.proxy.take();
    const foreign = unexplained(records, pageRequests);
    result.checks.privacy = foreign.length
      ? fail(
          `requests the page did not make: ${foreign
            .map((r) => r.target)
            .slice(0, 5)
            .join(", ")}`,
        )
      : pass(
          `${records.filter((r) => !isBrowserService(r)).length} requests left the browser, all the page's own (and ${records.filter(isBrowserService).length} of Firefox's own services)`,
        );
  }

  /**
   * The shared off/on check (util.mjs). Chromium also counts the content script's
   * MutationObservers; BiDi cannot reach the content script's world to ask.
   */
  async toggle(page, before, mark) {
    const switched = await checkOffAndOn({
      page,
      before,
      mark,
      annotateMs: ANNOTATE_MS,
      setSiteActive: (active) => this.setSiteActive(active),
    });
    return switched.ok ? pass(switched.detail) : fail(switched.detail);
  }

  /**
   * Proves the detectors work in Firefox: a throwaway add-on whose content script throws,
   * rejects and logs an error on the canary page only must be caught as extension errors, and a
   * main-world DOM change must be seen by the probe. The add-on is removed afterwards.
   */
  async canary() {
    const dir = mkdtempSync(join(tmpdir(), "backstride-sweep-canary-"));
    const canaryUrl = this.server.add(
      "__backstride_sweep_canary.html",
      "<!doctype html><title>canary</title><p>Plantar fasciitis and knee pain.</p>",
    );
    writeFileSync(
      join(dir, "manifest.json"),
      JSON.stringify({
        manifest_version: 2,
        name: "Backstride sweep canary",
        version: "1.0",
        browser_specific_settings: { gecko: { id: "canary@backstride-sweep.invalid" } },
        // Host access, as Backstride has for pages: without it Firefox stops the fetch unsent.
        permissions: ["http://backstride-sweep-canary.invalid/*"],
        content_scripts: [
          { matches: ["http://127.0.0.1/__backstride_sweep_canary.html"], js: ["canary.js"] },
        ],
      }),
    );
    writeFileSync(
      join(dir, "canary.js"),
      'console.error("sweep canary console error");\nsetTimeout(() => { throw new Error("sweep canary exception"); }, 0);\nfetch("http://backstride-sweep-canary.invalid/content-script").catch(() => {});\n',
    );
    const id = await this.browser.installExtension(dir);
    const result = { checks: {} };
    try {
      const page = await this.browser.newPage();
      const errors = { ext: [], page: [], csp: 0 };
      const entry = { file: "__backstride_sweep_canary.html", cliCount: -1, url: canaryUrl };
      await this.run(page, entry, result, errors);
      await page.evaluate(() => document.body.append(document.createElement("i")));
      const seen = await page.evaluate(mutationsSeen);
      await sleep(300);
      await page.close();
      return {
        highlights: result.count > 0,
        mutation: seen?.total >= 1,
        contentScriptException: errors.ext.some((e) => e.includes("sweep canary exception")),
        contentScriptConsoleError: errors.ext.some((e) => e.includes("sweep canary console error")),
        contentScriptRequest:
          result.checks.privacy?.detail?.includes("backstride-sweep-canary.invalid") ?? false,
      };
    } finally {
      await this.browser.uninstallExtension(id).catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    }
  }

  async restart() {
    await within(this.browser.close(), 15_000, "closing Firefox").catch(() => {});
    await this.start();
  }

  async close() {
    if (this.browser) await within(this.browser.close(), 15_000, "closing Firefox").catch(() => {});
    await this.proxy?.close();
  }
}
