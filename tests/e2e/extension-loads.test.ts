import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ChromiumSession,
  CHROMIUM,
  FIREFOX,
  browserAvailable,
  launchChromium,
  launchFirefox,
} from "../support/browsers.ts";
import { type StaticServer, serveFolder } from "../support/static-server.ts";

// The built extensions, loaded as a user would, on a page whose terms the CLI test also checks.
const FIXTURES = new URL("../fixtures/", import.meta.url).pathname;
const expectedMatches = 12; // what `backstride scan tests/fixtures/retro-post.html` finds
const highlightCount = () => CSS.highlights.get("backstride-subtle")?.size ?? 0;

let server: StaticServer;
beforeAll(async () => {
  server = await serveFolder(FIXTURES);
});
afterAll(() => server?.close());

describe.skipIf(!browserAvailable(CHROMIUM, "chromium", "chromium"))("Chromium", () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium("dist/chrome");
  }, 60_000);
  afterAll(() => session?.context.close());

  it("opens its first-run page once, on install", () => {
    expect(session.welcomeUrl).toBe(`chrome-extension://${session.extensionId}/welcome/index.html`);
  });

  it("highlights the page's terms without changing its DOM, and shows the count on the badge", async () => {
    const page = await session.context.newPage();
    await page.goto(server.url("retro-post.html"));
    await page.waitForFunction(highlightCount, undefined, { timeout: 10_000 });
    expect(await page.evaluate(highlightCount)).toBe(expectedMatches);
    expect(
      await page.evaluate(() => performance.getEntriesByName("backstride:annotate", "measure").length),
    ).toBe(1);
    const served = readFileSync(`${FIXTURES}retro-post.html`, "utf8");
    expect(await page.evaluate(() => document.querySelectorAll("*").length)).toBe(
      await page.evaluate(
        (html) => new DOMParser().parseFromString(html, "text/html").querySelectorAll("*").length,
        served,
      ),
    );
    // Without the "tabs" permission a query cannot filter by URL; the page is the active tab.
    const badge = await session.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.action.getBadgeText({ tabId: tab!.id! });
    });
    expect(badge).toBe("8");
  });
});

describe.skipIf(!browserAvailable(FIREFOX, "firefox", "firefox-esr"))("Firefox", () => {
  it("loads the Firefox build and highlights the page's terms", async () => {
    const { browser } = await launchFirefox("dist/firefox");
    try {
      const page = await browser.newPage();
      await page.goto(server.url("retro-post.html"));
      await page.waitForFunction(highlightCount, { timeout: 15_000 });
      expect(await page.evaluate(highlightCount)).toBe(expectedMatches);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
