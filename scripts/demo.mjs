/* global CSS, chrome -- used inside evaluate callbacks, which run in the browser */
// `npm start`: build, serve the demo blog post on 127.0.0.1 and open it in Chromium with
// Backstride loaded. With a display the window stays open for you; without one (a server, CI)
// it runs headless, prints what Backstride found and saves a screenshot, then exits.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, watch } from "node:fs";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_PATH, extensionFlags } from "./chromium-flags.mjs";

const root = new URL("..", import.meta.url).pathname;
const browserPath = CHROMIUM_PATH;
const headless = process.argv.includes("--headless") || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (!existsSync(browserPath)) {
  console.error(
    `backstride demo: Chromium not found at ${browserPath}. Install it (Debian: sudo apt-get install -y chromium) ` +
      "or set BACKSTRIDE_CHROMIUM to its path.",
  );
  process.exit(1);
}
if (spawnSync("npm", ["run", "--silent", "build"], { cwd: root, stdio: "inherit" }).status !== 0)
  process.exit(1);

const server = createServer(async (req, res) => {
  if (req.url !== "/" && req.url !== "/index.html") return res.writeHead(404).end();
  res
    .writeHead(200, { "content-type": "text/html; charset=utf-8" })
    .end(await readFile(join(root, "demo/index.html")));
}).listen(0, "127.0.0.1");
await new Promise((r) => server.once("listening", r));
const url = `http://127.0.0.1:${server.address().port}/`;

const ext = join(root, "dist/chrome");
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "backstride-demo-")), {
  executablePath: browserPath,
  headless: false,
  viewport: headless ? { width: 1100, height: 900 } : null,
  args: extensionFlags(ext, { headless }),
});
// The first-run page opens on install; the demo wants its own tab in front.
const welcome = await context
  .waitForEvent("page", { predicate: (p) => p.url().endsWith("/welcome/index.html"), timeout: 5000 })
  .catch(() => null);
if (headless) await welcome?.close();
const page = context.pages().find((p) => p.url() === "about:blank") ?? (await context.newPage());
await page.goto(url);
await page.waitForFunction(() => (CSS.highlights.get("backstride-subtle")?.size ?? 0) > 0, undefined, {
  timeout: 15000,
});

if (!headless) {
  console.log(`Backstride demo open at ${url} — edit src/ to rebuild and reload; close the window to stop.`);
  // Watch mode: a change under src/ rebuilds, reloads the extension and the demo page.
  let timer;
  const watcher = watch(join(root, "src"), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      if (spawnSync("npm", ["run", "--silent", "build"], { cwd: root, stdio: "inherit" }).status !== 0)
        return;
      const worker = context.serviceWorkers()[0];
      await worker?.evaluate(() => chrome.runtime.reload()).catch(() => {});
      await context.waitForEvent("serviceworker", { timeout: 10000 }).catch(() => {});
      await page.reload().catch(() => {});
      console.log("rebuilt and reloaded");
    }, 300);
  });
  await new Promise((r) => context.on("close", r));
  watcher.close();
  server.close();
} else {
  const found = await page.evaluate(() =>
    [...CSS.highlights.get("backstride-subtle")].map((r) => r.toString().replace(/\s+/g, " ")),
  );
  const counts = new Map();
  for (const text of found) counts.set(text.toLowerCase(), (counts.get(text.toLowerCase()) ?? 0) + 1);
  console.log(`Backstride found ${found.length} terms on the demo page (${url}):`);
  console.log([...counts].map(([t, n]) => (n > 1 ? `${t} ×${n}` : t)).join(", "));
  // --out DIR: where screenshots go (npm run screenshots refreshes the README's images).
  const outArg = process.argv.indexOf("--out");
  const out = join(root, outArg > 0 ? process.argv[outArg + 1] : "demo-output");
  mkdirSync(out, { recursive: true });
  await page.screenshot({ path: join(out, "page.png") });

  // Click one term as a reader would, and print the card it opens.
  const term = "lateral knee pain";
  const point = await page.evaluate((wanted) => {
    for (const r of CSS.highlights.get("backstride-subtle")) {
      if (r.toString() !== wanted) continue;
      const b = r.getClientRects()[0];
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    }
    return null;
  }, term);
  await page.mouse.click(point.x, point.y);
  const dialog = page.locator("backstride-root").getByRole("dialog");
  await dialog.getByText("Why it matters for runners").waitFor({ timeout: 10000 });
  console.log(`\nClicked "${term}"; the card says:\n`);
  console.log((await dialog.innerText()).replace(/\n{2,}/g, "\n").replace(/^/gm, "  "));
  await page.screenshot({ path: join(out, "card.png") });

  // The toolbar popup, opened as a page about the demo tab.
  const worker = context.serviceWorkers()[0];
  const extensionId = new URL(worker.url()).host;
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0].id);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup/index.html?tab=${tabId}`);
  await popup.locator("button.term").first().waitFor({ timeout: 10000 });
  await popup.screenshot({ path: join(out, "popup.png") });
  const shown = relative(root, out);
  console.log(`\nScreenshots: ${shown}/page.png, ${shown}/card.png, ${shown}/popup.png`);
  await context.close();
  server.close();
}
