import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BlogPage } from "../support/blog-page.ts";
import { type ChromiumSession, CHROMIUM, browserAvailable, launchChromium } from "../support/browsers.ts";
import { waitForHighlights } from "../support/extension-session.ts";
import { OptionsPage } from "../support/extension-pages.ts";
import { type StaticServer, serveFolder } from "../support/static-server.ts";

const FIXTURES = new URL("../fixtures/", import.meta.url).pathname;
const LKP_TITLE = "Running Backwards: a training idea for runners with lateral knee pain.";

describe.skipIf(!browserAvailable(CHROMIUM, "chromium", "chromium"))("related reading in Chromium", () => {
  let server: StaticServer;
  let session: ChromiumSession;

  beforeAll(async () => {
    server = await serveFolder(FIXTURES);
    session = await launchChromium("dist/chrome");
  });
  afterAll(async () => {
    await session?.context.close();
    await server?.close();
  });

  async function openCard(term: string): Promise<{ page: Page; blog: BlogPage }> {
    const page = await session.context.newPage();
    await page.goto(server.url("blog-post.html"));
    await waitForHighlights(page);
    const blog = new BlogPage(page);
    const { x, y } = await blog.termPoint(term);
    await page.mouse.click(x, y);
    await expect.poll(() => blog.readingLinks().then((l) => l.length), { timeout: 5000 }).toBeGreaterThan(0);
    return { page, blog };
  }

  it("lists the lateral-knee-pain article first, as a search until its address is known", async () => {
    const { page, blog } = await openCard("lateral knee pain");
    const [first] = await blog.readingLinks();
    expect(first!.text).toBe(`Find this article: ${LKP_TITLE}`);
    expect(first!.href).toMatch(/^https:\/\/duckduckgo\.com\/\?q=/);
    await page.close();
  });

  it("learns the real address from a tag archive and links straight to it", async () => {
    const archive = await session.context.newPage();
    await archive.goto(server.url("blog/tag-running-backwards.html"));
    const learned = () =>
      session.worker.evaluate(
        async () => (await chrome.storage.local.get("articleAddresses")).articleAddresses ?? {},
      );
    await expect.poll(learned, { timeout: 8000 }).toMatchObject({
      "running-backwards-lateral-knee-pain": server.url("2024/03/running-backwards-lateral-knee-pain/"),
    });
    await archive.close();

    const { page, blog } = await openCard("lateral knee pain");
    const [first] = await blog.readingLinks();
    expect(first).toEqual({
      text: LKP_TITLE,
      href: server.url("2024/03/running-backwards-lateral-knee-pain/"),
    });
    await page.close();
  });
});

describe.skipIf(!browserAvailable(CHROMIUM, "chromium", "chromium"))("feed import in Chromium", () => {
  let pages: StaticServer;
  let feeds: StaticServer;
  let session: ChromiumSession;

  beforeAll(async () => {
    pages = await serveFolder(FIXTURES);
    // A second origin for the feed. Headless Chromium cannot click the host-permission prompt,
    // so the test answers it (below) and the feed server allows the cross-origin read that the
    // granted permission would allow.
    feeds = await serveFolder(`${FIXTURES}feeds/`, { "access-control-allow-origin": "*" });
    session = await launchChromium("dist/chrome");
  });
  afterAll(async () => {
    await session?.context.close();
    await pages?.close();
    await feeds?.close();
  });

  it("imports a feed's entries, which then appear in the card for a matching term", async () => {
    const { page: options } = await OptionsPage.open(session);
    await options.evaluate(() => {
      chrome.permissions.request = (async () => true) as unknown as typeof chrome.permissions.request;
    });
    await options.getByLabel("Feed address (RSS or Atom)").fill(feeds.url("running-backwards.rss"));
    await options.getByLabel("Feed address (RSS or Atom)").press("Enter");
    await options.getByText(/4 articles, 3 related to glossary terms/).waitFor({ timeout: 10_000 });
    await options.close();

    const page = await session.context.newPage();
    await page.goto(pages.url("blog-post.html"));
    await waitForHighlights(page);
    const blog = new BlogPage(page);
    const { x, y } = await blog.termPoint("lateral knee pain");
    await page.mouse.click(x, y);
    await expect
      .poll(() => blog.readingLinks().then((links) => links.map((l) => l.text)), { timeout: 5000 })
      .toContain("Why I started running backwards");
    const links = await blog.readingLinks();
    expect(links.find((l) => l.text === "Why I started running backwards")?.href).toBe(
      "https://stride-notes.example/2024/03/why-i-started-running-backwards/",
    );
  });
});
