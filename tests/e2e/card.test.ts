import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { BlogPage } from "../support/blog-page.ts";
import { type ChromiumSession, CHROMIUM, browserAvailable, launchChromium } from "../support/browsers.ts";
import { sendToActiveTab, waitForHighlights } from "../support/extension-session.ts";
import { type StaticServer, serveFolder } from "../support/static-server.ts";

const FIXTURES = new URL("../fixtures/", import.meta.url).pathname;
const ARTIFACTS = new URL("../../test-artifacts/", import.meta.url).pathname;

describe.skipIf(!browserAvailable(CHROMIUM, "chromium", "chromium"))("the card in Chromium", () => {
  let server: StaticServer;
  let session: ChromiumSession;
  let page: Page;
  let blog: BlogPage;

  beforeAll(async () => {
    server = await serveFolder(FIXTURES);
    session = await launchChromium("dist/chrome");
  });
  afterAll(async () => {
    await session?.context.close();
    await server?.close();
  });
  beforeEach(async () => {
    page = await session.context.newPage();
    await page.goto(server.url("blog-post.html"));
    await waitForHighlights(page);
    blog = new BlogPage(page);
  });

  it("leaves the page's DOM untouched until a term is clicked, then adds one host element", async () => {
    expect(await blog.highlightedTexts()).toEqual([
      "lateral knee pain",
      "running backwards",
      "glutes",
      "hip",
      "stride length",
      "center of gravity",
      "ground reaction force",
      "Newton's third law",
      "plantar fasciitis",
      "ITBS",
      "patellofemoral pain syndrome",
    ]);
    expect(await blog.mutations()).toEqual([]);
    expect(await blog.hostCount()).toBe(0);

    const { x, y } = await blog.termPoint("center of gravity");
    await page.mouse.click(x, y);
    await expect.poll(() => blog.card().then((c) => c?.name), { timeout: 5000 }).toBe("Center of gravity");
    expect(await blog.mutations()).toEqual(
      [{ type: "childList", target: "HTML", added: ["BACKSTRIDE-ROOT"], removed: [] }].map((m) => ({
        ...m,
        attribute: null,
      })),
    );
    expect(await blog.hostCount()).toBe(1);
  });

  it("shows the matched form, the explanation, related terms and sources, and walks related terms with Back", async () => {
    const { x, y } = await blog.termPoint("ITBS");
    await page.mouse.click(x, y);
    await expect
      .poll(() => blog.card().then((c) => c?.name), { timeout: 5000 })
      .toBe("Iliotibial band syndrome");
    const card = (await blog.card())!;
    expect(card.text).toMatch(/ITBS\s*→\s*Iliotibial band syndrome/);
    expect(card.text).toMatch(/Why it matters for runners/i);
    expect(card.text).toMatch(/Related terms/i);
    expect(card.text).toMatch(/Sources/i);
    expect(card.focusInside || (await page.evaluate(() => document.activeElement?.localName))).toBeTruthy();

    const shadow = page.locator("backstride-root");
    const firstRelated = shadow.locator(".chip").first();
    const relatedLabel = await firstRelated.innerText();
    await firstRelated.click();
    await expect.poll(() => blog.card().then((c) => c?.name), { timeout: 5000 }).toBe(relatedLabel);
    await shadow.getByRole("button", { name: "Back" }).click();
    await expect
      .poll(() => blog.card().then((c) => c?.name), { timeout: 5000 })
      .toBe("Iliotibial band syndrome");
  });

  it("opens from the keyboard route, closes on Esc and gives focus back", async () => {
    await page.focus("#search");
    await sendToActiveTab(session, { type: "next-term", payload: {} });
    await expect.poll(() => blog.card().then((c) => c?.name), { timeout: 5000 }).toBe("Lateral knee pain");
    expect((await blog.card())!.focusInside).toBe(true);
    await page.keyboard.press("Tab");
    expect((await blog.card())!.focusInside).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => blog.card()).toBeNull();
    expect(await blog.activeElementId()).toBe("search");
  });

  it("closes on an outside click and with the close button", async () => {
    const { x, y } = await blog.termPoint("glutes");
    await page.mouse.click(x, y);
    await expect.poll(() => blog.card().then((c) => c?.name), { timeout: 5000 }).toBe("Glutes");
    await page.mouse.click(5, 5);
    await expect.poll(() => blog.card()).toBeNull();
    await page.mouse.click(x, y);
    await expect.poll(() => blog.card().then((c) => c?.name), { timeout: 5000 }).toBe("Glutes");
    await page.locator("backstride-root").getByRole("button", { name: "Close" }).click();
    await expect.poll(() => blog.card()).toBeNull();
  });

  it("lets a term inside a link navigate, and opens its card with Alt+click instead", async () => {
    const { x, y } = await blog.termPoint("plantar fasciitis");
    await page.keyboard.down("Alt");
    await page.mouse.click(x, y);
    await page.keyboard.up("Alt");
    await expect.poll(() => blog.card().then((c) => c?.name), { timeout: 5000 }).toBe("Plantar fasciitis");
    expect(page.url()).toMatch(/blog-post\.html$/);
    await page.keyboard.press("Escape");
    await page.mouse.click(x, y);
    await page.waitForURL(/plantar\.html$/);
  });

  it("highlights a paragraph inserted after load, without re-scanning the page", async () => {
    const before = await blog.highlightCount();
    await page.evaluate(() => {
      const p = document.createElement("p");
      p.textContent = "Later that month my Achilles tendon and calf muscles complained too.";
      document.querySelector("article")!.append(p);
    });
    await expect.poll(() => blog.highlightCount()).toBe(before + 2);
    expect(await blog.highlightedTexts()).toContain("Achilles tendon");
  });

  it("passes axe-core with the card open, and saves a screenshot of it", async () => {
    const { x, y } = await blog.termPoint("center of gravity");
    await page.mouse.click(x, y);
    await expect.poll(() => blog.card().then((c) => c?.name), { timeout: 5000 }).toBe("Center of gravity");
    await page.addScriptTag({ path: "node_modules/axe-core/axe.min.js" });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: (ctx: unknown) => Promise<{ violations: { id: string }[] }> } }
      ).axe;
      const result = await axe.run({ include: [["backstride-root"]] });
      return result.violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}card-chromium.png` });
  });
});
