// Where each kind of data is stored. Apart from storage.ts so that the content script can tell
// what changed without bundling the storage code and its schemas.

export const SETTINGS_KEY = "settings";
export const CUSTOM_TERMS_KEY = "customTerms";
export const ARTICLES_KEY = "articles";
export const ADDRESSES_KEY = "articleAddresses";
export const LOCAL_SETTINGS_KEY = "settingsLocalCopy"; // used only while sync refuses writes

export type StoredThing = "settings" | "customTerms" | "articles" | "addresses";

/** What a storage.onChanged event is about. */
export function storedThingsIn(changes: Record<string, unknown>, area: string): StoredThing[] {
  const things: StoredThing[] = [];
  if ((area === "sync" && SETTINGS_KEY in changes) || (area === "local" && LOCAL_SETTINGS_KEY in changes))
    things.push("settings");
  if (area === "local" && CUSTOM_TERMS_KEY in changes) things.push("customTerms");
  if (area === "local" && ARTICLES_KEY in changes) things.push("articles");
  if (area === "local" && ADDRESSES_KEY in changes) things.push("addresses");
  return things;
}
