import type { Article } from "../../core/article-schema.ts";
import type { ParseResult, Term } from "../../core/glossary-schema.ts";
import { type SettingsFile, parseSettingsFile } from "../../core/settings-file.ts";
import type { Settings } from "../../core/settings.ts";
import { t } from "../../platform/i18n.ts";

// Importing a settings file, all or nothing: the whole file is checked before anything is
// written (ImportExport.tsx), then settings, custom terms and articles are written together,
// and a failed write puts back what was stored. Storage comes in as callbacks (main.tsx).

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
  /** Keeps what is stored now, exactly, and returns how to put it back if a later write fails. */
  keepStored: () => Promise<() => Promise<void>>;
  saveSettings: (settings: Settings) => Promise<unknown>;
  saveCustomTerms: (terms: Term[]) => Promise<void>;
  saveArticles: (articles: Article[]) => Promise<void>;
}

/**
 * Replaces settings, custom terms and articles with a checked file's. A failed write puts back
 * everything as it was stored before (not as it was read: an unreadable value stays for the user
 * to recover); the error thrown is the write's, or both when putting back fails as well.
 */
export async function applySettingsFile(file: SettingsFile, target: ImportTarget): Promise<void> {
  const restore = await target.keepStored();
  try {
    await target.saveCustomTerms(file.customTerms);
    await target.saveSettings(file.settings);
    await target.saveArticles(file.articles);
  } catch (error) {
    try {
      await restore();
    } catch (undo) {
      throw new Error(`${String(error)}; ${String(undo)}`, { cause: error });
    }
    throw error;
  }
}
