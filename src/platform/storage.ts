import browser from "./browser.ts";
import {
  ADDRESSES_KEY,
  ARTICLES_KEY,
  CUSTOM_TERMS_KEY,
  LOCAL_SETTINGS_KEY,
  SETTINGS_KEY,
  type StoredThing,
  storedThingsIn,
} from "./stored-keys.ts";
import type { Article } from "../core/article-schema.ts";
import type { Term } from "../core/glossary-schema.ts";
import { DEFAULT_SETTINGS, type Settings, migrateSettings, parseSettings } from "../core/settings.ts";

// Settings live in storage.sync (small, follows the user between browsers); custom terms in
// storage.local (they can outgrow sync's 8 KB-per-item quota). Every read is validated: a
// corrupted value falls back to defaults for this session but is never overwritten unasked,
// and an older format is migrated. When sync refuses a write (quota, sync disabled) the
// settings are kept in storage.local instead, and read from there, so nothing is lost.

export interface SettingsRead {
  settings: Settings;
  /** Why the stored value was not used, when it was not: shown to the user, never silent. */
  problem: string | null;
}

export async function readSettings(): Promise<SettingsRead> {
  const local = (await browser.storage.local.get(LOCAL_SETTINGS_KEY))[LOCAL_SETTINGS_KEY];
  const stored = local ?? (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
  if (stored === undefined) return { settings: DEFAULT_SETTINGS, problem: null };
  const parsed = parseSettings(migrateSettings(stored));
  if (parsed.ok) return { settings: parsed.value, problem: null };
  return {
    settings: DEFAULT_SETTINGS,
    problem: `Your saved settings could not be read (${parsed.errors[0]}); defaults are in use until you save.`,
  };
}

export async function loadSettings(): Promise<Settings> {
  return (await readSettings()).settings;
}

/** Stores valid settings (normalised: host names trimmed and lower-cased) and returns what was stored. */
export async function saveSettings(settings: Settings): Promise<Settings> {
  const parsed = parseSettings(settings);
  if (!parsed.ok) throw new Error(`refusing to store invalid settings: ${parsed.errors.join("; ")}`);
  try {
    await browser.storage.sync.set({ [SETTINGS_KEY]: parsed.value });
    await browser.storage.local.remove(LOCAL_SETTINGS_KEY);
  } catch {
    // Sync is full or unavailable: keep the settings on this device rather than lose them.
    await browser.storage.local.set({ [LOCAL_SETTINGS_KEY]: parsed.value });
  }
  return parsed.value;
}

/** Custom terms as stored; validation against the glossary happens where the glossary is. */
export async function loadCustomTerms(): Promise<unknown> {
  return (await browser.storage.local.get(CUSTOM_TERMS_KEY))[CUSTOM_TERMS_KEY] ?? [];
}

export async function saveCustomTerms(terms: Term[]): Promise<void> {
  await browser.storage.local.set({ [CUSTOM_TERMS_KEY]: terms });
}

/** The user's own articles (typed in or imported from feeds), as stored; validate with parseArticles. */
export async function loadUserArticles(): Promise<unknown> {
  return (await browser.storage.local.get(ARTICLES_KEY))[ARTICLES_KEY] ?? [];
}

export async function saveUserArticles(articles: Article[]): Promise<void> {
  await browser.storage.local.set({ [ARTICLES_KEY]: articles });
}

/** Addresses learned by visiting articles or pages that link to them: article id → URL. */
export async function loadArticleAddresses(): Promise<Record<string, string>> {
  const stored = (await browser.storage.local.get(ADDRESSES_KEY))[ADDRESSES_KEY];
  if (typeof stored !== "object" || stored === null) return {};
  return Object.fromEntries(
    Object.entries(stored).filter(([, url]) => typeof url === "string" && /^https?:\/\//.test(url)),
  ) as Record<string, string>;
}

export async function saveArticleAddress(articleId: string, url: string): Promise<void> {
  const addresses = await loadArticleAddresses();
  if (addresses[articleId] === url) return;
  await browser.storage.local.set({ [ADDRESSES_KEY]: { ...addresses, [articleId]: url } });
}

/**
 * What an import replaces, exactly as stored (an unreadable value too), and a function that puts
 * it back: a write that fails half-way must not leave defaults over data the user could recover.
 */
export async function keepImportedData(): Promise<() => Promise<void>> {
  const kept = [
    { area: browser.storage.sync, key: SETTINGS_KEY },
    { area: browser.storage.local, key: LOCAL_SETTINGS_KEY },
    { area: browser.storage.local, key: CUSTOM_TERMS_KEY },
    { area: browser.storage.local, key: ARTICLES_KEY },
  ];
  const values = await Promise.all(kept.map(async ({ area, key }) => (await area.get(key))[key]));
  return async () => {
    const undone = await Promise.allSettled(
      kept.map(({ area, key }, i) =>
        values[i] === undefined ? area.remove(key) : area.set({ [key]: values[i] }),
      ),
    );
    const failed = undone.filter((r) => r.status === "rejected");
    if (failed.length)
      throw new Error(`could not put back ${failed.length} stored values: ${String(failed[0]!.reason)}`);
  };
}

export type { StoredThing } from "./stored-keys.ts";

/** Calls back whenever stored data changes, in any part of the extension. */
export function onStoredChange(callback: (what: StoredThing) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    for (const what of storedThingsIn(changes, area)) callback(what);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
