import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ElementHandle, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BlogPage } from "../support/blog-page.ts";
import {
  FIREFOX,
  type FirefoxSession,
  browserAvailable,
  launchFirefox,
  openFirefoxExtensionPage,
} from "../support/browsers.ts";
import { type StaticServer, serveFolder } from "../support/static-server.ts";

const FIXTURES = new URL("../fixtures/", import.meta.url).pathname;

// The popup and options pages in Firefox, opened in tabs of their own (their moz-extension://
// address is fixed by a pref: see launchFirefox), as pages.test.ts does in Chromium.
describe.skipIf(!browserAvailable(FIREFOX, "firefox", "firefox-esr"))("popup and options in Firefox", () => {
  let server: StaticServer;
  let session: FirefoxSession | undefined;
  let blog: BlogPage;
  let options: Page;
  let tabId: number;

  const storedSettings = () =>
    options.evaluate(async () => (await browser.storage.sync.get("settings")).settings ?? null);

  beforeAll(async () => {
    server = await serveFolder(FIXTURES);
    session = await launchFirefox("dist/firefox");
    const blogTab = await session.browser.newPage();
    await blogTab.goto(server.url("blog-post.html"));
    blog = new BlogPage(blogTab);
    await blogTab.waitForFunction(() => (CSS.highlights.get("backstride-subtle")?.size ?? 0) === 11, {
      timeout: 15_000,
    });
    options = await openFirefoxExtensionPage(session, "options/index.html", "#import-file");
    tabId = await options.evaluate(async (url) => {
      const tabs = await browser.tabs.query({});
      return tabs.find((t) => t.url === url)!.id!;
    }, server.url("blog-post.html"));
  });
  afterAll(async () => {
    await session?.browser.close();
    await server?.close();
  });

  it("the popup lists the page's terms, and its site switch removes and restores highlights", async () => {
    const popup = await openFirefoxExtensionPage(session!, `popup/index.html?tab=${tabId}`, "button.term");
    const labels = () => popup.$$eval("button.term .term-label", (els) => els.map((e) => e.textContent));
    await expect.poll(labels).toContain("Lateral knee pain");
    expect(await labels()).toHaveLength(11);

    await popup.click("[role=switch]");
    await expect.poll(() => blog.highlightCount(), { timeout: 5000 }).toBe(0);
    await popup.click("[role=switch]");
    await expect.poll(() => blog.highlightCount(), { timeout: 5000 }).toBe(11);
    await popup.close();
  });

  it("the options page rejects an invalid settings file and leaves storage as it was", async () => {
    const before = await storedSettings();
    const file = join(mkdtempSync(join(tmpdir(), "backstride-import-")), "broken.json");
    writeFileSync(
      file,
      '{"format": 1, "kind": "backstride-settings", "settings": {"version": 1, "enabled": "yes"}}',
    );
    const input = (await options.$("#import-file")) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    await expect
      .poll(() => options.evaluate(() => document.body.innerText), { timeout: 5000 })
      .toMatch(/settings\.enabled/);
    expect(await storedSettings()).toEqual(before);
  });
});
