import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BlogPage } from "../support/blog-page.ts";
import { type ChromiumSession, CHROMIUM, browserAvailable, launchChromium } from "../support/browsers.ts";
import { activeTabId, storedSettings, waitForHighlights } from "../support/extension-session.ts";
import { OptionsPage, PopupPage, axeViolations } from "../support/extension-pages.ts";
import { type StaticServer, serveFolder } from "../support/static-server.ts";
import { handTypedArticle, settingsWith, tempoShuffleTerm } from "../support/fixtures.ts";
import { toSettingsFile } from "../../src/core/settings-file.ts";

const FIXTURES = new URL("../fixtures/", import.meta.url).pathname;

// The popup and options pages in Chromium; pages-firefox.test.ts covers the same in Firefox.
describe.skipIf(!browserAvailable(CHROMIUM, "chromium", "chromium"))("popup and options in Chromium", () => {
  let server: StaticServer;
  let session: ChromiumSession;
  let blogTab: Page;
  let blog: BlogPage;
  let tabId: number;

  beforeAll(async () => {
    server = await serveFolder(FIXTURES);
    session = await launchChromium("dist/chrome");
    blogTab = await session.context.newPage();
    await blogTab.goto(server.url("blog-post.html"));
    await waitForHighlights(blogTab);
    blog = new BlogPage(blogTab);
    tabId = await activeTabId(session);
  });
  afterAll(async () => {
    await session?.context.close();
    await server?.close();
  });

  it("lists the page's terms, and its site switch removes and restores highlights live", async () => {
    const popup = await PopupPage.open(session, tabId);
    await expect.poll(() => popup.termButtons().allInnerTexts()).toContain("Lateral knee pain");
    expect(await popup.termButtons().count()).toBe(11);
    expect(await axeViolations(popup.page)).toEqual([]);

    await popup.siteSwitch().uncheck();
    await expect.poll(() => blog.highlightCount()).toBe(0);
    await popup.siteSwitch().check();
    await expect.poll(() => blog.highlightCount(), { timeout: 5000 }).toBe(11);
    await popup.page.close();
  });

  it("reveals a term in the page when it is clicked in the popup", async () => {
    const popup = await PopupPage.open(session, tabId);
    await popup.termButtons().filter({ hasText: "Ground reaction force" }).click();
    await expect
      .poll(() => blog.card().then((c) => c?.name), { timeout: 5000 })
      .toBe("Ground reaction force");
    await blogTab.keyboard.press("Escape");
    if (!popup.page.isClosed()) await popup.page.close();
  });

  it("highlights a custom term on open pages as soon as it is saved", async () => {
    const before = await blog.highlightCount();
    await session.worker.evaluate(async () => {
      const napkin = {
        id: "napkin-sketch",
        label: "napkin",
        category: "training",
        summary: "A custom term added in the tests.",
        explanation: "It exists only in the end-to-end tests. It proves custom terms reach open pages.",
        forRunners: "Nothing for runners; this is a test term.",
        sources: [{ title: "Example", url: "https://example.org/" }],
      };
      await chrome.storage.local.set({ customTerms: [napkin] });
    });
    await expect.poll(() => blog.highlightedTexts(), { timeout: 5000 }).toContain("napkin");
    expect(await blog.highlightCount()).toBe(before + 1);
    await session.worker.evaluate(() => chrome.storage.local.remove("customTerms"));
    await expect.poll(() => blog.highlightCount(), { timeout: 5000 }).toBe(before);
  });

  it("rejects an invalid import with a precise error and leaves the settings as they were", async () => {
    const options = await OptionsPage.open(session);
    expect(await axeViolations(options.page)).toEqual([]);
    const before = await storedSettings(session);
    await options.importFile(
      "broken.json",
      '{"format": 1, "kind": "backstride-settings", "settings": {"version": 1, "enabled": "yes"}}',
    );
    await expect.poll(() => options.page.locator("body").innerText()).toMatch(/settings\.enabled/);
    expect(await storedSettings(session)).toEqual(before);
    await options.importFile("not-json.json", "{ nope");
    await expect.poll(() => options.page.locator("body").innerText()).toMatch(/not valid JSON/);
    expect(await storedSettings(session)).toEqual(before);
    await options.page.close();
  });

  it("imports a valid file into storage, and an open page highlights its custom term", async () => {
    const options = await OptionsPage.open(session);
    const before = await storedSettings(session);
    const settings = settingsWith({ disabledSites: ["elsewhere.example"] });
    const napkin = tempoShuffleTerm({ id: "napkin-sketch", label: "napkin", aliases: [] });
    const file = toSettingsFile(settings, [napkin], [handTypedArticle()]);
    await options.importFile("mine.json", JSON.stringify(file));
    await expect.poll(() => options.status().innerText()).toMatch(/Imported mine\.json/);
    expect(await storedSettings(session)).toEqual(settings);
    const local = await session.worker.evaluate(() => chrome.storage.local.get(["customTerms", "articles"]));
    expect(local).toEqual({ customTerms: [napkin], articles: [handTypedArticle()] });
    await expect.poll(() => blog.highlightedTexts(), { timeout: 5000 }).toContain("napkin");
    await options.page.close();

    await session.worker.evaluate(async (settings) => {
      await chrome.storage.local.remove(["customTerms", "articles"]);
      if (settings) await chrome.storage.sync.set({ settings });
      else await chrome.storage.sync.remove("settings");
    }, before);
    await expect.poll(() => blog.highlightedTexts(), { timeout: 5000 }).not.toContain("napkin");
  });
});
