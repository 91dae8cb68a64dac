import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BlogPage } from "../support/blog-page.ts";
import { type ChromiumSession, CHROMIUM, browserAvailable, launchChromium } from "../support/browsers.ts";
import { activeTabId, sendToActiveTab, waitForHighlights } from "../support/extension-session.ts";
import { PopupPage } from "../support/extension-pages.ts";
import { type StaticServer, serveFolder } from "../support/static-server.ts";
import {
  TOP_FRAME_TERMS,
  frameByPath,
  highlightedInFrame,
  shadowPaint,
  termsInShadow,
} from "../support/shadow-frames.ts";

const FIXTURES = new URL("../fixtures/", import.meta.url).pathname;

// A page with open, nested, declarative and closed shadow roots and two frames (one on another
// origin). Open roots are annotated and painted, closed ones left alone, frames annotate for
// themselves, and the badge and popup count the top frame only.
describe.skipIf(!browserAvailable(CHROMIUM, "chromium", "chromium"))(
  "shadow DOM and frames in Chromium",
  () => {
    let server: StaticServer;
    let session: ChromiumSession;
    let page: Page;
    let blog: BlogPage;
    const extensionErrors: string[] = [];

    beforeAll(async () => {
      server = await serveFolder(FIXTURES);
      session = await launchChromium("dist/chrome");
      page = await session.context.newPage();
      page.on("console", (m) => {
        if (m.type() === "error" && m.location().url.startsWith("chrome-extension://"))
          extensionErrors.push(m.text());
      });
      await page.goto(server.url("shadow-frames/index.html"));
      await waitForHighlights(page, TOP_FRAME_TERMS.length);
      blog = new BlogPage(page);
    });
    afterAll(async () => {
      await session?.context.close();
      await server?.close();
    });

    it("highlights terms in open shadow roots (nested and declarative too), never in closed ones", async () => {
      await expect
        .poll(() => blog.highlightedTexts().then((t) => t.sort()))
        .toEqual([...TOP_FRAME_TERMS].sort());
      expect(await termsInShadow(page)).toEqual(["shin splints", "center of gravity", "hamstrings"].sort());
      // Chromium inherits the highlight styles into shadow trees: the shadow term is painted.
      expect(await shadowPaint(page)).toEqual({
        inShadow: "rgba(255, 210, 63, 0.22)",
        inDocument: "rgba(255, 210, 63, 0.22)",
      });
      expect(await blog.mutations()).toEqual([]);
    });

    it("opens the card for a term clicked inside an open shadow root, changing nothing else", async () => {
      const { x, y } = await blog.termPoint("shin splints");
      await page.mouse.move(x, y);
      await page.mouse.click(x, y);
      await expect.poll(() => blog.card().then((c) => c?.name), { timeout: 5000 }).toBe("Shin splints");
      await page.keyboard.press("Escape");
      await expect.poll(() => blog.card()).toBeNull();
      expect((await blog.mutations()).map((m) => m.added)).toEqual([["BACKSTRIDE-ROOT"]]);
    });

    it("keeps up with text added inside an open shadow root", async () => {
      await page.evaluate(() => {
        const p = document.createElement("p");
        p.textContent = "Added later: the glutes.";
        document.getElementById("open-host")!.shadowRoot!.append(p);
      });
      await expect.poll(() => blog.highlightedTexts(), { timeout: 5000 }).toContain("glutes");
      expect(await termsInShadow(page)).toContain("glutes");
      await page.evaluate(() => document.getElementById("open-host")!.shadowRoot!.lastElementChild!.remove());
      await expect.poll(() => blog.highlightedTexts(), { timeout: 5000 }).not.toContain("glutes");
    });

    it("annotates same-origin and cross-origin frames, and opens the card inside the frame", async () => {
      const same = frameByPath(page, "/shadow-frames/frame.html");
      const cross = frameByPath(page, "/shadow-frames/cross.html");
      expect(new URL(cross.url()).hostname).toBe("localhost");
      await expect
        .poll(() => highlightedInFrame(same), { timeout: 10_000 })
        .toEqual(["ground reaction force"]);
      await expect
        .poll(() => highlightedInFrame(cross), { timeout: 10_000 })
        .toEqual(["running economy", "stress fracture", "tibia"]);

      const inFrame = new BlogPage(cross as unknown as Pick<Page, "evaluate">);
      const box = (await (await cross.frameElement()).boundingBox())!;
      const point = await inFrame.termPoint("running economy");
      await page.mouse.move(box.x + point.x, box.y + point.y);
      await page.mouse.click(box.x + point.x, box.y + point.y);
      await expect.poll(() => inFrame.card().then((c) => c?.name), { timeout: 5000 }).toBe("Running economy");
      expect(await blog.card()).toBeNull(); // not in the top frame
    });

    it("moves to the next term in the frame the user is typing in, not in the others", async () => {
      const same = frameByPath(page, "/shadow-frames/frame.html");
      const inFrame = new BlogPage(same as unknown as Pick<Page, "evaluate">);
      await expect
        .poll(() => highlightedInFrame(same), { timeout: 10_000 })
        .toEqual(["ground reaction force"]);
      // Focus into the frame: a click on its empty lower part.
      const box = (await (await same.frameElement()).boundingBox())!;
      await page.mouse.click(box.x + box.width - 10, box.y + box.height - 10);
      expect(await same.evaluate(() => document.hasFocus())).toBe(true);
      // What the background does on the keyboard command: tell every frame of the tab.
      await sendToActiveTab(session, { type: "next-term", payload: {} });
      await expect
        .poll(() => inFrame.card().then((c) => c?.name), { timeout: 5000 })
        .toBe("Ground reaction force");
      expect(await blog.card()).toBeNull();
      await page.keyboard.press("Escape");
      await expect.poll(() => inFrame.card()).toBeNull();

      // Focus back in the page itself: the top frame answers, the frame does not.
      await page.mouse.click(5, 5);
      await sendToActiveTab(session, { type: "next-term", payload: {} });
      await expect.poll(() => blog.card().then((c) => c?.name ?? null), { timeout: 5000 }).not.toBeNull();
      expect(await inFrame.card()).toBeNull();
      await page.keyboard.press("Escape");
      await expect.poll(() => blog.card()).toBeNull();
    });

    it("counts only the top frame's terms in the badge and the popup", async () => {
      const tabId = await activeTabId(session);
      // The cross-origin frame finds its last terms after the top frame reported: they must not count.
      const cross = frameByPath(page, "/shadow-frames/cross.html");
      await expect.poll(() => highlightedInFrame(cross), { timeout: 10_000 }).toContain("tibia");
      await new Promise((r) => setTimeout(r, 1000)); // a report follows changes within 500 ms
      const badge = await session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
      expect(badge).toBe(String(TOP_FRAME_TERMS.length));
      const popup = await PopupPage.open(session, tabId);
      await expect.poll(() => popup.termButtons().count(), { timeout: 5000 }).toBe(TOP_FRAME_TERMS.length);
      expect((await popup.termButtons().allInnerTexts()).map((t) => t.toLowerCase()).sort()).toEqual(
        [...TOP_FRAME_TERMS].sort(),
      );
      await popup.page.close();
    });

    it("raised no error from the extension", () => {
      expect(extensionErrors).toEqual([]);
    });
  },
);
