import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type BrowserContext, type Worker, chromium } from "playwright-core";
import puppeteer, { type Browser, type Page as PuppeteerPage } from "puppeteer-core";
import { CHROMIUM_PATH, extensionFlags } from "../../scripts/chromium-flags.mjs";
import { fixedExtensionOrigin, openExtensionTab } from "../../scripts/firefox-extension.mjs";

// Debian's browsers, driven without downloading any: Playwright for Chromium (extensions need
// the new headless mode), Puppeteer over WebDriver BiDi for Firefox.

export const CHROMIUM = CHROMIUM_PATH;
export const FIREFOX = process.env.BACKSTRIDE_FIREFOX ?? "/usr/bin/firefox-esr";
export const requireBrowsers = process.env.BACKSTRIDE_REQUIRE_BROWSERS === "1";

/** Whether a browser can be tested here; in CI (BACKSTRIDE_REQUIRE_BROWSERS=1) a missing one is an error. */
export function browserAvailable(path: string, name: string, pkg: string): boolean {
  if (existsSync(path)) return true;
  const message = `${name} e2e tests skipped: ${path} not found (apt-get install -y ${pkg}, or set the path in BACKSTRIDE_${name.toUpperCase()})`;
  if (requireBrowsers) throw new Error(message);
  console.warn(message);
  return false;
}

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** The first-run page the extension opened on install (closed, so tests own the active tab). */
  welcomeUrl: string | null;
}

export async function launchChromium(extensionDir: string): Promise<ChromiumSession> {
  const ext = resolve(extensionDir);
  const context = await chromium.launchPersistentContext(
    mkdtempSync(join(tmpdir(), "backstride-chromium-")),
    {
      executablePath: CHROMIUM,
      headless: false, // the real switch is --headless=new: only the new headless mode runs extensions
      args: extensionFlags(ext),
    },
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const isWelcome = (p: { url(): string }) => p.url().endsWith("/welcome/index.html");
  const welcome =
    context.pages().find(isWelcome) ??
    (await context.waitForEvent("page", { predicate: isWelcome, timeout: 5000 }).catch(() => null));
  const welcomeUrl = welcome?.url() ?? null;
  await welcome?.close();
  return { context, worker, extensionId: new URL(worker.url()).host, welcomeUrl };
}

export interface FirefoxSession {
  browser: Browser;
  extensionId: string;
  /** moz-extension://<uuid>, fixed by a pref so tests can open the extension's own pages. */
  extensionOrigin: string;
}

export async function launchFirefox(extensionDir: string): Promise<FirefoxSession> {
  const dir = resolve(extensionDir);
  const { prefs, origin } = fixedExtensionOrigin(dir);
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: prefs,
  });
  const extensionId = await browser.installExtension(dir);
  return { browser, extensionId, extensionOrigin: origin };
}

/** A tab on one of the extension's pages in Firefox (path like "popup/index.html?tab=3"), once it shows `readySelector`. */
export async function openFirefoxExtensionPage(
  session: FirefoxSession,
  path: string,
  readySelector: string,
): Promise<PuppeteerPage> {
  const page = await openExtensionTab(session.browser, `${session.extensionOrigin}/${path}`);
  await page.waitForSelector(readySelector, { timeout: 10_000 });
  return page;
}
