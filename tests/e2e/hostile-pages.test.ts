import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BlogPage } from "../support/blog-page.ts";
import { type ChromiumSession, CHROMIUM, browserAvailable, launchChromium } from "../support/browsers.ts";

// Pages written to break extensions: patched prototypes, a body replaced again and again,
// 10,000 levels of nesting, editors, right-to-left and CJK text, a strict CSP. Backstride must
// keep working (or stay out) without one exception and without changing the page.

const para = (s: string) => `<p>${s}</p>`;
const PAGES: Record<string, { body: string; head?: string; csp?: string }> = {
  "patched.html": {
    head: `<script>
      Node.prototype.appendChild = function () { throw new Error("patched appendChild"); };
      Range.prototype.setStart = function () { throw new Error("patched setStart"); };
      CSS.highlights.set = function () { throw new Error("patched highlights"); };
      window.Highlight = function () { throw new Error("patched Highlight"); };
      window.MutationObserver = function () { throw new Error("patched MutationObserver"); };
      Element.prototype.attachShadow = function () { throw new Error("patched attachShadow"); };
    </script>`,
    body: para("Lateral knee pain and the center of gravity."),
  },
  "body-swap.html": {
    head: `<script>
      let n = 0;
      const swap = () => {
        const b = document.createElement("body");
        b.innerHTML = "<p>swap " + n + ": plantar fasciitis and shin splints</p>";
        document.body = b;
        if (++n < 10) setTimeout(swap, 30); else document.title = "done";
      };
      addEventListener("load", () => setTimeout(swap, 30));
    </script>`,
    body: para("The original body mentions the hip."),
  },
  "app-shell.html": {
    head: `<script>
      addEventListener("load", () => setTimeout(() => {
        document.getElementById("app").textContent = "Rendered later: the hamstrings and the glutes.";
      }, 500));
    </script>`,
    body: '<div id="app"></div>',
  },
  "deep.html": {
    body: "<div>".repeat(10_000) + "deep inside: the Achilles tendon" + "</div>".repeat(10_000),
  },
  "editable.html": {
    body: `<div contenteditable="true">${para("knee and hip in an editor")}</div>${para("hip outside")}`,
  },
  "design-mode.html": { head: `<script>document.designMode = "on";</script>`, body: para("knee and hip") },
  "rtl-cjk.html": {
    body: [
      `<p dir="rtl">ألم الركبة knee ركبة</p>`,
      `<p>膝knee痛 は膝の痛みです。 hip 関節</p>`,
      `<p>臀部hip</p>`,
      `<p dir="rtl">כאב ברך hipster הירך</p>`,
    ].join(""),
  },
  "csp.html": {
    csp: "default-src 'none'; style-src 'none'; script-src 'none'",
    body: para("Strict pages still get the ground reaction force explained."),
  },
};

let server: Server;
let base = "";
beforeAll(async () => {
  server = createServer((req, res) => {
    const page = PAGES[(req.url ?? "/").slice(1)];
    if (!page) return void res.writeHead(404).end();
    const headers: Record<string, string> = { "content-type": "text/html; charset=utf-8" };
    if (page.csp) headers["content-security-policy"] = page.csp;
    res
      .writeHead(200, headers)
      .end(
        `<!doctype html><html><head><title>t</title>${page.head ?? ""}</head><body>${page.body}</body></html>`,
      );
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe.skipIf(!browserAvailable(CHROMIUM, "chromium", "chromium"))("hostile pages in Chromium", () => {
  let session: ChromiumSession;
  const extensionErrors: string[] = [];

  beforeAll(async () => {
    session = await launchChromium("dist/chrome");
  });
  afterAll(async () => {
    await session?.context.close();
  });

  async function open(name: string): Promise<{ page: Page; blog: BlogPage }> {
    const page = await session.context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error" && m.location().url.startsWith("chrome-extension://"))
        extensionErrors.push(`${name}: ${m.text()}`);
    });
    page.on("pageerror", (e) => {
      if ((e.stack ?? "").includes("chrome-extension://")) extensionErrors.push(`${name}: ${e.message}`);
    });
    await page.goto(base + name);
    return { page, blog: new BlogPage(page) };
  }

  it("is unaffected by a page that patches DOM prototypes and globals in its own world", async () => {
    const { page, blog } = await open("patched.html");
    await expect
      .poll(() => blog.highlightedTexts(), { timeout: 5000 })
      .toEqual(["Lateral knee pain", "center of gravity"]);
    const { x, y } = await blog.termPoint("center of gravity");
    await page.mouse.click(x, y);
    await expect.poll(() => blog.card().then((c) => c?.name), { timeout: 5000 }).toBe("Center of gravity");
  });

  it("follows a page that replaces its body again and again", async () => {
    const { page, blog } = await open("body-swap.html");
    await page.waitForFunction(() => document.title === "done");
    await expect
      .poll(() => blog.highlightedTexts(), { timeout: 5000 })
      .toEqual(["plantar fasciitis", "shin splints"]);
  });

  it("starts only when an empty app shell gets its text", async () => {
    const { blog } = await open("app-shell.html");
    await expect.poll(() => blog.highlightedTexts(), { timeout: 5000 }).toEqual(["hamstrings", "glutes"]);
  });

  it("annotates text 10,000 elements deep", async () => {
    const { blog } = await open("deep.html");
    await expect.poll(() => blog.highlightedTexts(), { timeout: 10_000 }).toEqual(["Achilles tendon"]);
  });

  it("never annotates editors: contenteditable regions and designMode documents", async () => {
    const editable = await open("editable.html");
    await expect.poll(() => editable.blog.highlightedTexts(), { timeout: 5000 }).toEqual(["hip"]);
    const design = await open("design-mode.html");
    await new Promise((r) => setTimeout(r, 1000));
    expect(await design.blog.highlightCount()).toBe(0);
  });

  it("finds whole words only in right-to-left and CJK text", async () => {
    const { blog } = await open("rtl-cjk.html");
    await expect.poll(() => blog.highlightedTexts(), { timeout: 5000 }).toEqual(["knee", "hip"]);
  });

  it("works under a strict Content-Security-Policy, card styles included", async () => {
    const { page, blog } = await open("csp.html");
    await expect.poll(() => blog.highlightedTexts(), { timeout: 5000 }).toEqual(["ground reaction force"]);
    const { x, y } = await blog.termPoint("ground reaction force");
    await page.mouse.click(x, y);
    await expect
      .poll(() => blog.card().then((c) => c?.name), { timeout: 5000 })
      .toBe("Ground reaction force");
    const cardStyled = await page.evaluate(() => {
      const dialog = document.querySelector("backstride-root")!.shadowRoot!.querySelector("[role=dialog]")!;
      return getComputedStyle(dialog).position;
    });
    expect(cardStyled).toBe("fixed");
  });

  it("raised no error from the extension on any of these pages", () => {
    expect(extensionErrors).toEqual([]);
  });
});
