import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BlogPage } from "../support/blog-page.ts";
import { FIREFOX, browserAvailable } from "../support/browsers.ts";
import { type FirefoxFixture, openFixtureInFirefox } from "../support/firefox-session.ts";

// The content script, highlights and card in Firefox; the popup and options pages are in
// pages-firefox.test.ts.
describe.skipIf(!browserAvailable(FIREFOX, "firefox", "firefox-esr"))("the card in Firefox", () => {
  let firefox: FirefoxFixture | undefined;
  let page: Page;
  let blog: BlogPage;

  beforeAll(async () => {
    firefox = await openFixtureInFirefox("blog-post.html");
    ({ page, blog } = firefox);
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it("highlights without touching the DOM, opens the card on click and closes it on Esc", async () => {
    expect(await blog.highlightCount()).toBe(11);
    expect(await blog.mutations()).toEqual([]);
    const { x, y } = await blog.termPoint("Newton's third law");
    await page.mouse.move(x, y);
    await page.mouse.click(x, y);
    await expect.poll(() => blog.card().then((c) => c?.name), { timeout: 5000 }).toBe("Newton's third law");
    expect((await blog.mutations()).map((m) => m.added)).toEqual([["BACKSTRIDE-ROOT"]]);
    await page.keyboard.press("Escape");
    await expect.poll(() => blog.card()).toBeNull();
  });

  it("highlights a paragraph inserted after load", async () => {
    const before = await blog.highlightCount();
    await page.evaluate(() => {
      const p = document.createElement("p");
      p.textContent = "Shin splints and a stress fracture are not the same thing.";
      document.querySelector("article")!.append(p);
    });
    await expect.poll(() => blog.highlightCount()).toBe(before + 2);
  });
});
