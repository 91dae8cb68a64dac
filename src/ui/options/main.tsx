import { render } from "preact";
import glossaryData from "../../data/glossary.json";
import libraryData from "../../data/articles.json";
import { parseArticles, parseLibrary } from "../../core/article-schema.ts";
import { parseCustomTerms } from "../../core/custom-terms.ts";
import { parseGlossary } from "../../core/glossary-schema.ts";
import browser from "../../platform/browser.ts";
import { t } from "../../platform/i18n.ts";
import {
  keepImportedData,
  loadCustomTerms,
  loadUserArticles,
  onStoredChange,
  readSettings,
  saveCustomTerms,
  saveSettings,
  saveUserArticles,
} from "../../platform/storage.ts";
import { Options } from "./Options.tsx";
import { downloadFile } from "./download.ts";
import { fetchFeedText } from "./fetch-feed.ts";
import "./options.css";

// Wiring only: storage and the extension API in, callbacks out. Re-rendered whenever settings,
// custom terms or articles change anywhere in the extension (another tab, the popup, an import).

const root = document.getElementById("app")!;
document.documentElement.lang = t("optionsHtmlLang");
document.title = t("optionsTitle");
const glossary = parseGlossary(glossaryData);
if (!glossary.ok) throw new Error(`bundled glossary invalid: ${glossary.errors.join("; ")}`);
const builtIn = glossary.value.terms;
const library = parseLibrary(libraryData);
if (!library.ok) throw new Error(`bundled articles invalid: ${library.errors.join("; ")}`);
const reservedArticleIds = library.value.articles.map((a) => a.id);

/**
 * Host permission for the feed's site, asked for at the click (optional_host_permissions).
 * Match patterns cannot name a port in Firefox; without one Chrome matches every port.
 */
function requestFeedAccess(feedUrl: string): Promise<boolean> {
  const { protocol, hostname } = new URL(feedUrl);
  return browser.permissions.request({ origins: [`${protocol}//${hostname}/*`] });
}

const fetchFeed = (
  url: string,
  options: { signal: AbortSignal; onProgress: (received: number, total: number | null) => void },
) => fetchFeedText(url, { ...options, fetch: (input, init) => fetch(input, init) });

async function show(): Promise<void> {
  const [{ settings, problem }, storedTerms, storedArticles] = await Promise.all([
    readSettings(),
    loadCustomTerms(),
    loadUserArticles(),
  ]);
  const custom = parseCustomTerms(storedTerms, builtIn);
  const articles = parseArticles(storedArticles);
  render(
    <Options
      settings={settings}
      settingsProblem={problem}
      customTerms={custom.ok ? custom.value : []}
      customTermsProblem={custom.ok ? null : custom.errors}
      builtIn={builtIn}
      articles={articles.ok ? articles.value : []}
      articlesProblem={articles.ok ? null : articles.errors}
      reservedArticleIds={reservedArticleIds}
      onSaveSettings={saveSettings}
      onSaveCustomTerms={saveCustomTerms}
      onSaveArticles={saveUserArticles}
      keepStored={keepImportedData}
      requestFeedAccess={requestFeedAccess}
      fetchFeed={fetchFeed}
      download={downloadFile}
    />,
    root,
  );
}

function fail(error: unknown): void {
  root.textContent = t("optionsLoadFailed", error instanceof Error ? error.message : String(error));
}

onStoredChange((what) => {
  if (what !== "addresses") void show().catch(fail);
});
void show().catch(fail);
