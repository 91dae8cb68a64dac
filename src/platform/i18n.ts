import type en from "../locales/en/messages.json";

// UI strings: browser.i18n where it exists (every extension context, content scripts included),
// else the messages set with useFallbackMessages (tests in Node). i18n.getMessage is synchronous
// and identical in Chrome and Firefox, so this reads the global instead of the async polyfill.

export type MessageKey = keyof typeof en;
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

interface I18nApi {
  getMessage(key: string, substitutions?: string[]): string;
}
const api = (): I18nApi | undefined =>
  (globalThis as { chrome?: { i18n?: I18nApi } }).chrome?.i18n ??
  (globalThis as { browser?: { i18n?: I18nApi } }).browser?.i18n;

let fallback: Messages = {};

export function useFallbackMessages(messages: Messages): void {
  fallback = messages;
}

export function t(key: MessageKey, ...substitutions: string[]): string {
  const fromBrowser = api()?.getMessage(key, substitutions);
  if (fromBrowser) return fromBrowser;
  const entry = fallback[key];
  if (!entry) return key;
  // Resolve named placeholders ($TITLE$ → "$1") and then positional ones, as browsers do.
  return entry.message
    .replace(
      /\$([A-Za-z0-9_]+)\$/g,
      (m, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? m,
    )
    .replace(/\$(\d)/g, (m, n: string) => substitutions[Number(n) - 1] ?? m);
}
