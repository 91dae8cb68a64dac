import type { Page } from "playwright-core";
import type { ChromiumSession } from "./browsers.ts";

/** Runs code in the extension's service worker, as the browser UI would (commands, menus). */
export async function sendToActiveTab(session: ChromiumSession, message: { type: string; payload: object }) {
  return session.worker.evaluate(async (m) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.tabs.sendMessage(tab!.id!, m);
  }, message);
}

export async function storedSettings(session: ChromiumSession): Promise<unknown> {
  return session.worker.evaluate(async () => (await chrome.storage.sync.get("settings")).settings ?? null);
}

export async function activeTabId(session: ChromiumSession): Promise<number> {
  return session.worker.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!,
  );
}

export async function waitForHighlights(page: Page, atLeast = 1): Promise<void> {
  await page.waitForFunction((n) => (CSS.highlights.get("backstride-subtle")?.size ?? 0) >= n, atLeast, {
    timeout: 15_000,
  });
}
