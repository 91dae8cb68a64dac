import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_PATH, chromiumFlags, extensionFlags } from "../../scripts/chromium-flags.mjs";

// Debian's Chromium driven by playwright-core (no browser download), launched with the project's
// switches (scripts/chromium-flags.mjs) as tests, demo and sweep are. Both browsers get the
// same switches, so the only difference between them is the extension.

export const CHROMIUM = CHROMIUM_PATH;

// Beyond the project's switches: no throttling of background tabs or timers while measuring.
const BENCH_ARGS = [
  "--disable-background-timer-throttling",
  "--disable-renderer-backgrounding",
  "--disable-backgrounding-occluded-windows",
  // A page left in the back-forward cache would stay in the heap that is measured next.
  "--disable-features=BackForwardCache",
  // The saved pages point at the whole web: fail every host but ours at once, so no result waits
  // on the network (or depends on it).
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
];

export function chromiumVersion() {
  try {
    return execFileSync(CHROMIUM, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })
      .trim()
      .replace(/\s+built on.*$/, "");
  } catch {
    return "unknown";
  }
}

/** Chromium with the unpacked extension loaded (a persistent context is the only way in Playwright). */
export async function launchWithExtension(extensionDir) {
  const ext = resolve(extensionDir);
  const profile = mkdtempSync(join(tmpdir(), "backstride-bench-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false, // the real switch is --headless=new in ARGS
    args: [...extensionFlags(ext), ...BENCH_ARGS],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  return {
    context,
    extensionId: new URL(worker.url()).host,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The same Chromium without the extension, for the floor, mark.js and the heap baseline. */
export async function launchPlain() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: false,
    args: [...chromiumFlags(), ...BENCH_ARGS],
  });
  const context = await browser.newContext();
  return { context, close: () => browser.close() };
}

export const chromiumPresent = () => existsSync(CHROMIUM);
