import { useState } from "preact/hooks";
import type { Article } from "../../core/article-schema.ts";
import type { Term } from "../../core/glossary-schema.ts";
import { type SettingsFile, toSettingsFile } from "../../core/settings-file.ts";
import type { Settings } from "../../core/settings.ts";
import { EXPORT_FILE_NAME } from "./download.ts";
import { Status, type StatusMessage, articleCount, errorMessage } from "./Messages.tsx";
import { checkSettingsFile } from "./settings-import.ts";
import { t } from "../../platform/i18n.ts";

// Settings, custom terms and the reading list to and from one JSON file. An import is all or nothing: an invalid
// file changes nothing and every problem in it is listed.

export interface ImportExportProps {
  settings: Settings;
  customTerms: Term[];
  /** The user's own articles. */
  articles: Article[];
  /** Ids of the shipped articles, which an imported article may not take. */
  reservedArticleIds: ReadonlySet<string>;
  builtIn: readonly Term[];
  /** Replaces settings, custom terms and the user's articles with the file's. */
  onImport: (file: SettingsFile) => Promise<void>;
  download: (fileName: string, text: string) => void;
}

const termCount = (n: number) =>
  t(n === 1 ? "optionsCustomTermCountOne" : "optionsCustomTermCountMany", String(n));
/** valibot's wording for a missing field is the one message worth shortening. */
const readable = (error: string) =>
  error.replace(/: Invalid key: Expected "[^"]*" but received undefined$/, () => `: ${t("optionsMissing")}`);

export function ImportExport(props: ImportExportProps) {
  const { settings, customTerms, articles, reservedArticleIds, builtIn, onImport, download } = props;
  const [status, setStatus] = useState<StatusMessage | null>(null);

  const exportFile = () => {
    try {
      download(
        EXPORT_FILE_NAME,
        `${JSON.stringify(toSettingsFile(settings, customTerms, articles), null, 2)}\n`,
      );
      setStatus({
        kind: "ok",
        text: t(
          "optionsExported",
          termCount(customTerms.length),
          articleCount(articles.length),
          EXPORT_FILE_NAME,
        ),
      });
    } catch (error) {
      setStatus({ kind: "error", text: t("optionsExportFailed", errorMessage(error)) });
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    try {
      const parsed = checkSettingsFile(await file.text(), builtIn, reservedArticleIds);
      if (!parsed.ok) {
        const { errors } = parsed;
        setStatus({
          kind: "error",
          text: t(
            errors.length === 1 ? "optionsImportProblemsOne" : "optionsImportProblemsMany",
            file.name,
            String(errors.length),
          ),
          details: errors.map(readable),
        });
        return;
      }
      await onImport(parsed.value);
      setStatus({
        kind: "ok",
        text: t(
          "optionsImported",
          file.name,
          termCount(parsed.value.customTerms.length),
          articleCount(parsed.value.articles.length),
        ),
      });
    } catch (error) {
      setStatus({ kind: "error", text: t("optionsNothingImported", errorMessage(error)) });
    } finally {
      input.value = ""; // choosing the same file again is a new import
    }
  };

  return (
    <section aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">{t("optionsBackupHeading")}</h2>
      <p>{t("optionsBackupIntro")}</p>
      <div class="actions">
        <button type="button" onClick={exportFile}>
          {t("optionsExportButton")}
        </button>
      </div>
      <div class="field">
        <label for="import-file">{t("optionsImportLabel")}</label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          onChange={(e) => void importFile(e.currentTarget)}
        />
      </div>
      <Status message={status} />
    </section>
  );
}
