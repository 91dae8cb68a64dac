import { useMemo } from "preact/hooks";
import type { Article } from "../../core/article-schema.ts";
import { formsOf } from "../../core/glossary-index.ts";
import type { Term } from "../../core/glossary-schema.ts";
import { compileMatcher } from "../../core/trie-builder.ts";
import type { SettingsFile } from "../../core/settings-file.ts";
import type { Settings } from "../../core/settings.ts";
import { createTermSearch } from "../../core/term-search.ts";
import { CustomTermsEditor } from "./CustomTermsEditor.tsx";
import { type FeedFetcher, FeedImport } from "./FeedImport.tsx";
import { ImportExport } from "./ImportExport.tsx";
import { ReadingList } from "./ReadingList.tsx";
import { SiteList } from "./SiteList.tsx";
import { StyleSettings } from "./StyleSettings.tsx";
import { useLocalCopy } from "./local-copy.ts";
import { applySettingsFile } from "./settings-import.ts";
import { t } from "../../platform/i18n.ts";

// The whole options page. It gets plain data and callbacks (main.tsx wires them to storage), shows
// a change at once, and takes whatever comes back in props when storage changes elsewhere.

export interface OptionsProps {
  settings: Settings;
  /** Why the stored settings could not be used (defaults are shown instead), when they could not. */
  settingsProblem?: string | null;
  customTerms: Term[];
  /** Why the stored custom terms could not be used, when they could not. */
  customTermsProblem?: string[] | null;
  builtIn: readonly Term[];
  /** The user's own articles (the reading list). */
  articles: Article[];
  /** Why the stored articles could not be used, when they could not. */
  articlesProblem?: string[] | null;
  /** Ids of the shipped articles: the user's may not reuse them. */
  reservedArticleIds: readonly string[];
  onSaveSettings: (settings: Settings) => Promise<unknown>;
  onSaveCustomTerms: (terms: Term[]) => Promise<void>;
  onSaveArticles: (articles: Article[]) => Promise<void>;
  /** Keeps what an import replaces, as stored, and returns how to put it back. */
  keepStored: () => Promise<() => Promise<void>>;
  /** Asks for permission to read a feed's site; see FeedImportProps. */
  requestFeedAccess: (feedUrl: string) => Promise<boolean>;
  fetchFeed: FeedFetcher;
  download: (fileName: string, text: string) => void;
}

export function Options(props: OptionsProps) {
  const [settings, setSettings] = useLocalCopy(props.settings);
  const [terms, setTerms] = useLocalCopy(props.customTerms);
  const [articles, setArticles] = useLocalCopy(props.articles);
  const { builtIn, reservedArticleIds } = props;
  // The engine over built-in and custom terms: resolves typed terms and finds them in articles.
  const catalog = useMemo(() => {
    const all = [...builtIn, ...terms];
    const matcher = compileMatcher(all.flatMap(formsOf));
    return { terms: all, matcher, search: createTermSearch(all, matcher) };
  }, [builtIn, terms]);
  const reservedIds = useMemo(() => new Set(reservedArticleIds), [reservedArticleIds]);

  const saveSettings = async (next: Settings) => {
    const before = settings;
    setSettings(next);
    try {
      await props.onSaveSettings(next);
    } catch (error) {
      setSettings(before);
      throw error;
    }
  };
  const saveTerms = async (next: Term[]) => {
    const before = terms;
    setTerms(next);
    try {
      await props.onSaveCustomTerms(next);
    } catch (error) {
      setTerms(before);
      throw error;
    }
  };
  const saveArticles = async (next: Article[]) => {
    const before = articles;
    setArticles(next);
    try {
      await props.onSaveArticles(next);
    } catch (error) {
      setArticles(before);
      throw error;
    }
  };
  const importFile = async (file: SettingsFile) => {
    const before = { settings, terms, articles };
    try {
      await applySettingsFile(file, {
        keepStored: props.keepStored,
        saveSettings,
        saveCustomTerms: saveTerms,
        saveArticles,
      });
    } catch (error) {
      // Storage is as it was: so is the page.
      setSettings(before.settings);
      setTerms(before.terms);
      setArticles(before.articles);
      throw error;
    }
  };

  return (
    <main class="options">
      <h1>{t("optionsTitle")}</h1>
      {props.settingsProblem && (
        <div class="notice" role="alert">
          <p>{t("optionsSettingsProblem", props.settingsProblem)}</p>
        </div>
      )}
      <StyleSettings settings={settings} onSaveSettings={saveSettings} />
      <SiteList settings={settings} onSaveSettings={saveSettings} />
      <CustomTermsEditor
        terms={terms}
        builtIn={props.builtIn}
        problem={props.customTermsProblem ?? null}
        onSaveCustomTerms={saveTerms}
      />
      <ReadingList
        articles={articles}
        problem={props.articlesProblem ?? null}
        reservedIds={reservedIds}
        catalog={catalog}
        onSaveArticles={saveArticles}
      />
      <FeedImport
        articles={articles}
        reservedIds={reservedIds}
        matcher={catalog.matcher}
        onSaveArticles={saveArticles}
        requestFeedAccess={props.requestFeedAccess}
        fetchFeed={props.fetchFeed}
      />
      <ImportExport
        settings={settings}
        customTerms={terms}
        articles={articles}
        reservedArticleIds={reservedIds}
        builtIn={props.builtIn}
        onImport={importFile}
        download={props.download}
      />
    </main>
  );
}
