import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BlogPage } from "../support/blog-page.ts";
import { FIREFOX, browserAvailable } from "../support/browsers.ts";
import { type FirefoxFixture, openFixtureInFirefox } from "../support/firefox-session.ts";
import {
  TOP_FRAME_TERMS,
  frameByPath,
  highlightedInFrame,
  shadowPaint,
  termsInShadow,
} from "../support/shadow-frames.ts";

// The shadow-frames page in Firefox. Open roots are annotated as in Chromium, but Firefox 140
// does not inherit ::highlight() styles into shadow trees: there terms are registered, not
// painted, and a click on one opens nothing (the popup still lists them). Slotted light-DOM text
// is painted and clickable (found by caretPositionFromPoint: Firefox has no highlightsFromPoint).
describe.skipIf(!browserAvailable(FIREFOX, "firefox", "firefox-esr"))(
  "shadow DOM and frames in Firefox",
  () => {
    let firefox: FirefoxFixture | undefined;
    let page: Page;
    let blog: BlogPage;

    beforeAll(async () => {
      firefox = await openFixtureInFirefox("shadow-frames/index.html", TOP_FRAME_TERMS.length);
      ({ page, blog } = firefox);
    });
    afterAll(async () => {
      await firefox?.close();
    });

    it("annotates open shadow roots, never closed ones, and changes nothing", async () => {
      expect((await blog.highlightedTexts()).sort()).toEqual([...TOP_FRAME_TERMS].sort());
      expect(await termsInShadow(page)).toEqual(["center of gravity", "hamstrings", "shin splints"]);
      expect(await blog.mutations()).toEqual([]);
    });

    it("leaves terms in shadow trees unpainted and unclickable, where its styles do not reach", async () => {
      expect(await shadowPaint(page)).toEqual({
        inShadow: "rgba(0, 0, 0, 0)",
        inDocument: "rgba(255, 210, 63, 0.22)",
      });
      const { x, y } = await blog.termPoint("shin splints");
      await page.mouse.move(x, y);
      await page.mouse.click(x, y);
      await new Promise((r) => setTimeout(r, 500));
      expect(await blog.card()).toBeNull();
    });

    it("opens the card for slotted text, which is painted", async () => {
      const { x, y } = await blog.termPoint("plantar fasciitis");
      await page.mouse.move(x, y);
      await page.mouse.click(x, y);
      await expect.poll(() => blog.card().then((c) => c?.name), { timeout: 5000 }).toBe("Plantar fasciitis");
      await page.keyboard.press("Escape");
      await expect.poll(() => blog.card()).toBeNull();
      expect((await blog.mutations()).map((m) => m.added)).toEqual([["BACKSTRIDE-ROOT"]]);
    });

    it("annotates same-origin and cross-origin frames", async () => {
      const same = frameByPath(page, "/shadow-frames/frame.html");
      const cross = frameByPath(page, "/shadow-frames/cross.html");
      expect(new URL(cross.url()).hostname).toBe("localhost");
      await expect
        .poll(() => highlightedInFrame(same), { timeout: 10_000 })
        .toEqual(["ground reaction force"]);
      await expect
        .poll(() => highlightedInFrame(cross), { timeout: 10_000 })
        .toEqual(["running economy", "stress fracture", "tibia"]);
    });
  },
);
