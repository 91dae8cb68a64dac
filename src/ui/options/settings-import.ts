import type { Article } from "../../core/article-schema.ts";
import type { ParseResult, Term } from "../../core/glossary-schema.ts";
import { type SettingsFile, parseSettingsFile } from "../../core/settings-file.ts";
import type { Settings } from "../../core/settings.ts";
import { t } from "../../platform/i18n.ts";

// Importing a settings file, all or nothing: the whole file is checked before anything is
// written (ImportExport.tsx), then settings, custom terms and articles are written together,
// and a failed write undoes the ones before it (Options.tsx). Storage comes in as callbacks.

/** Problems parseSettingsFile cannot see: an article taking the id of a shipped one. */
const reservedProblems = (file: SettingsFile, reserved: ReadonlySet<string>) =>
  file.articles.flatMap((a, i) =>
    reserved.has(a.id) ? [`articles.${i}.id: ${t("optionsReservedArticleId", a.id)}`] : [],
  );

/** The file's text as a settings file, or every problem in it. Writes nothing. */
export function checkSettingsFile(
  text: string,
  builtIn: readonly Term[],
  reservedArticleIds: ReadonlySet<string>,
): ParseResult<SettingsFile> {
  const parsed = parseSettingsFile(text, builtIn);
  if (!parsed.ok) return parsed;
  const errors = reservedProblems(parsed.value, reservedArticleIds);
  return errors.length ? { ok: false, errors } : parsed;
}

export interface ImportTarget {
  /** The settings and custom terms in use now: written back if a later write fails. */
  settings: Settings;
  customTerms: Term[];
  saveSettings: (settings: Settings) => Promise<void>;
  saveCustomTerms: (terms: Term[]) => Promise<void>;
  saveArticles: (articles: Article[]) => Promise<void>;
}

/** Replaces settings, custom terms and articles with a checked file's; a failed write undoes the earlier ones. */
export async function applySettingsFile(file: SettingsFile, target: ImportTarget): Promise<void> {
  const before = { terms: target.customTerms, settings: target.settings };
  await target.saveCustomTerms(file.customTerms);
  try {
    await target.saveSettings(file.settings);
  } catch (error) {
    await target.saveCustomTerms(before.terms);
    throw error;
  }
  try {
    await target.saveArticles(file.articles);
  } catch (error) {
    await target.saveSettings(before.settings);
    await target.saveCustomTerms(before.terms);
    throw error;
  }
}
