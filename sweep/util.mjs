/* global chrome -- in code that runs in the extension */
import { clearTimeout, setTimeout } from "node:timers";
import { HIGHLIGHT, highlightState } from "./probe.mjs";

export class TimeoutError extends Error {}

/** Resolves like `promise`, or rejects with a TimeoutError naming `step` (a string or a function giving it) after `ms`. */
export function within(promise, ms, step) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => {
      const name = typeof step === "function" ? step() : step;
      reject(new TimeoutError(`${name}: no answer after ${ms} ms`));
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `read` until `done(value)` or `ms` pass; returns the last value read and whether it got there. */
export async function poll(read, done, ms, every = 50) {
  const deadline = Date.now() + ms;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await sleep(every);
    value = await read();
  }
  return { value, ok: done(value) };
}

export const message = (error) =>
  error instanceof Error ? error.message.split("\n")[0] : String(error).split("\n")[0];

/** Multiset difference of two lists of strings: what only `a` has, what only `b` has. */
export function diffTexts(a, b) {
  const counts = new Map();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  for (const t of b) counts.set(t, (counts.get(t) ?? 0) - 1);
  const onlyA = [];
  const onlyB = [];
  for (const [t, n] of counts) {
    if (n > 0) onlyA.push(n > 1 ? `${t} ×${n}` : t);
    if (n < 0) onlyB.push(n < -1 ? `${t} ×${-n}` : t);
  }
  return { onlyA, onlyB };
}

/**
 * Runs one page check within `pageMs` and always tries to close its page. A check that times
 * out is marked abandoned (its next step throws), and a browser that hangs is restarted; the
 * outcome lands in `result.error` and `result.hung`. Never throws.
 */
export async function guardedPageCheck({ result, pageMs, openPage, run, restart }) {
  let page = null;
  try {
    await within(
      (async () => {
        page = await openPage();
        await run(page);
      })(),
      pageMs,
      () => `page check (at step "${result.step}")`,
    );
  } catch (error) {
    result.error = error instanceof TimeoutError ? `timeout: ${message(error)}` : message(error);
    result.hung = error instanceof TimeoutError;
    result.abandoned = true;
  }
  try {
    if (page) await within(page.close(), 10_000, "closing the page");
  } catch (error) {
    result.hung = true;
    result.error ??= `could not close the page: ${message(error)}`;
  }
  if (result.hung) await restart().catch(() => {});
}

/** Settings as a fresh install stores them (src/core/settings.ts). */
export const DEFAULT_SETTINGS = {
  version: 1,
  enabled: true,
  highlightStyle: "subtle",
  density: "all",
  disabledSites: [],
};

/**
 * Runs in one of Backstride's own contexts (Chromium's service worker, a Firefox extension page):
 * switches it off or on for `host` in storage, as the popup's site switch does.
 */
export async function switchSite([host, on, defaults]) {
  const sync = chrome.storage.sync;
  const stored = (await sync.get("settings")).settings ?? defaults;
  const others = (stored.disabledSites ?? []).filter((s) => s !== host);
  const disabledSites = on ? others : [...others, host].sort();
  await sync.set({ settings: { ...stored, disabledSites } });
}

/** Runs in one of Backstride's own contexts: is it switched off for `host`? */
export async function isSiteOff(host) {
  return ((await chrome.storage.sync.get("settings")).settings?.disabledSites ?? []).includes(host);
}

const SWITCH_MS = 10_000;

/**
 * The off/on check as the page shows it, for either browser: switched off (`setSiteActive`),
 * every backstride-* highlight is unregistered (one left registered but empty would also hide
 * everything, and passes after the wait); switched on again, a new annotation pass (complete
 * when it is measured) has the highlights of `before`. `whileOff` runs before switching back.
 */
export async function checkOffAndOn({ page, before, setSiteActive, mark, annotateMs, whileOff }) {
  const state = () => page.evaluate(highlightState, HIGHLIGHT);
  await setSiteActive(false);
  const off = await poll(state, (s) => s.names.length === 0, SWITCH_MS);
  await whileOff?.();
  mark("switch on");
  await setSiteActive(true);
  const on = await poll(state, (s) => s.passes > before.passes, SWITCH_MS + annotateMs);
  const offText = off.ok
    ? "off: unregistered"
    : `off: ${off.value.allSizes} left in ${off.value.names.join(", ")}`;
  const onText = on.ok ? `on: ${on.value.size}` : `on: no new annotation pass (${on.value.size})`;
  return {
    ok: off.value.allSizes === 0 && on.ok && on.value.registered && on.value.size === before.size,
    detail: `before ${before.size}; ${offText}; ${onText}`,
  };
}
