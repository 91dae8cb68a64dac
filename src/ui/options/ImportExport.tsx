import { useState } from "preact/hooks";
import type { Article } from "../../core/article-schema.ts";
import type { Term } from "../../core/glossary-schema.ts";
import { type SettingsFile, parseSettingsFile, toSettingsFile } from "../../core/settings-file.ts";
import type { Settings } from "../../core/settings.ts";
import { EXPORT_FILE_NAME } from "./download.ts";
import { Status, type StatusMessage, errorMessage } from "./Messages.tsx";

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

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;
/** valibot's wording for a missing field is the one message worth shortening. */
const readable = (error: string) =>
  error.replace(/: Invalid key: Expected "[^"]*" but received undefined$/, ": missing");

/** Problems parseSettingsFile cannot see: an article taking the id of a shipped one. */
const reservedProblems = (file: SettingsFile, reserved: ReadonlySet<string>) =>
  file.articles.flatMap((a, i) =>
    reserved.has(a.id) ? [`articles.${i}.id: "${a.id}" is the id of an article Backstride comes with`] : [],
  );

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
        text: `Exported your settings, ${plural(customTerms.length, "custom term")} and ${plural(articles.length, "article")} to ${EXPORT_FILE_NAME}.`,
      });
    } catch (error) {
      setStatus({ kind: "error", text: `Could not export: ${errorMessage(error)}` });
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    try {
      const parsed = parseSettingsFile(await file.text(), builtIn);
      const errors = parsed.ok ? reservedProblems(parsed.value, reservedArticleIds) : parsed.errors;
      if (!parsed.ok || errors.length) {
        setStatus({
          kind: "error",
          text: `Nothing was imported: ${file.name} has ${plural(errors.length, "problem")}.`,
          details: errors.map(readable),
        });
        return;
      }
      await onImport(parsed.value);
      setStatus({
        kind: "ok",
        text: `Imported ${file.name}: your settings, custom terms and reading list were replaced (${plural(parsed.value.customTerms.length, "custom term")}, ${plural(parsed.value.articles.length, "article")}).`,
      });
    } catch (error) {
      setStatus({ kind: "error", text: `Nothing was imported: ${errorMessage(error)}` });
    } finally {
      input.value = ""; // choosing the same file again is a new import
    }
  };

  return (
    <section aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Back up and restore</h2>
      <p>One JSON file holds your settings, your own terms and your reading list.</p>
      <div class="actions">
        <button type="button" onClick={exportFile}>
          Export to a file
        </button>
      </div>
      <div class="field">
        <label for="import-file">
          Import from a file (replaces your settings, your own terms and your reading list)
        </label>
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
