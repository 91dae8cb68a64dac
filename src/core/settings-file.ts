import { type Article, parseArticles } from "./article-schema.ts";
import type { ParseResult, Term } from "./glossary-schema.ts";
import { parseCustomTerms } from "./custom-terms.ts";
import { type Settings, parseSettings } from "./settings.ts";

// The export/import file: settings, custom terms and the user's reading list together. An
// import is all or nothing. Files from before the reading list existed have no "articles".

export const SETTINGS_FILE_KIND = "backstride-settings";

export interface SettingsFile {
  format: 1;
  kind: typeof SETTINGS_FILE_KIND;
  settings: Settings;
  customTerms: Term[];
  articles: Article[];
}

export function toSettingsFile(
  settings: Settings,
  customTerms: Term[],
  articles: Article[] = [],
): SettingsFile {
  return { format: 1, kind: SETTINGS_FILE_KIND, settings, customTerms, articles };
}

export function parseSettingsFile(text: string, builtIn: readonly Term[]): ParseResult<SettingsFile> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`not valid JSON: ${(error as Error).message}`] };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { ok: false, errors: ["expected a JSON object exported by Backstride"] };
  }
  const file = data as Record<string, unknown>;
  if (file.kind !== SETTINGS_FILE_KIND || file.format !== 1) {
    return { ok: false, errors: [`kind/format: expected "kind": "${SETTINGS_FILE_KIND}" and "format": 1`] };
  }
  const settings = parseSettings(file.settings);
  const terms = parseCustomTerms(file.customTerms ?? [], builtIn);
  const articles = parseArticles(file.articles ?? []);
  const errors = [
    ...(settings.ok ? [] : settings.errors.map((e) => `settings.${e}`)),
    ...(terms.ok ? [] : terms.errors.map((e) => `customTerms.${e}`)),
    ...(articles.ok ? [] : articles.errors.map((e) => `articles.${e}`)),
  ];
  if (!settings.ok || !terms.ok || !articles.ok) return { ok: false, errors };
  return { ok: true, value: toSettingsFile(settings.value, terms.value, articles.value) };
}
