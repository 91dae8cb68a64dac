import browser from "./browser.ts";
import type { Term } from "../core/glossary-schema.ts";
import { DEFAULT_SETTINGS, type Settings, parseSettings } from "../core/settings.ts";

// Settings live in storage.sync (small, follows the user between browsers); custom terms in
// storage.local (they can outgrow sync's 8 KB-per-item quota). Every read is validated: a
// corrupted value falls back to defaults for this session but is never overwritten unasked.

const SETTINGS_KEY = "settings";
const CUSTOM_TERMS_KEY = "customTerms";

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
  if (stored === undefined) return DEFAULT_SETTINGS;
  const parsed = parseSettings(stored);
  return parsed.ok ? parsed.value : DEFAULT_SETTINGS;
}

export async function saveSettings(settings: Settings): Promise<void> {
  const parsed = parseSettings(settings);
  if (!parsed.ok) throw new Error(`refusing to store invalid settings: ${parsed.errors.join("; ")}`);
  await browser.storage.sync.set({ [SETTINGS_KEY]: parsed.value });
}

/** Custom terms as stored; validation against the glossary happens where the glossary is. */
export async function loadCustomTerms(): Promise<unknown> {
  return (await browser.storage.local.get(CUSTOM_TERMS_KEY))[CUSTOM_TERMS_KEY] ?? [];
}

export async function saveCustomTerms(terms: Term[]): Promise<void> {
  await browser.storage.local.set({ [CUSTOM_TERMS_KEY]: terms });
}

/** Calls back whenever settings or custom terms change, in any part of the extension. */
export function onStoredChange(callback: (what: "settings" | "customTerms") => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === "sync" && SETTINGS_KEY in changes) callback("settings");
    if (area === "local" && CUSTOM_TERMS_KEY in changes) callback("customTerms");
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
