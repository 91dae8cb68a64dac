import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { Article } from "../../core/article-schema.ts";
import { ArticleForm } from "./ArticleForm.tsx";
import { Status, type StatusMessage, errorMessage } from "./Messages.tsx";
import {
  type TermCatalog,
  draftFromArticle,
  emptyArticleDraft,
  suggestTerms,
  termName,
  validateArticle,
} from "./article-draft.ts";
import { t } from "../../platform/i18n.ts";

// The user's own articles: a list with edit and delete, and the form for adding or editing one.
// Cards and the popup link to these next to the articles Backstride ships with.

export interface ReadingListProps {
  articles: Article[];
  /** Why the stored articles could not be read, if they could not. */
  problem?: string[] | null;
  /** Ids of the shipped articles, which the user's may not take. */
  reservedIds: ReadonlySet<string>;
  catalog: TermCatalog;
  onSaveArticles: (articles: Article[]) => Promise<void>;
}

type Editing = { id: string | null } | null;

export function ReadingList({ articles, problem, reservedIds, catalog, onSaveArticles }: ReadingListProps) {
  const [editing, setEditing] = useState<Editing>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const [focus, setFocus] = useState<{ selector: string } | null>(null);
  const section = useRef<HTMLElement>(null);
  const byId = useMemo(() => new Map(catalog.terms.map((term) => [term.id, term])), [catalog.terms]);
  const edited = editing?.id ? articles.find((a) => a.id === editing.id) : undefined;
  const others = articles.filter((a) => a !== edited);

  // Keyboard focus follows the buttons that replace each other (delete → confirm → add).
  useEffect(() => {
    if (focus) section.current?.querySelector<HTMLElement>(focus.selector)?.focus();
  }, [focus]);
  const moveFocus = (selector: string) => setFocus({ selector });

  const close = () => {
    setEditing(null);
    moveFocus("[data-add-article]");
  };
  const save = async (article: Article) => {
    const at = articles.findIndex((a) => a.id === editing?.id);
    await onSaveArticles(at < 0 ? [...articles, article] : articles.map((a, i) => (i === at ? article : a)));
    setStatus({ kind: "ok", text: t("optionsArticleSaved", article.title) });
    close();
  };
  const remove = async (article: Article) => {
    setConfirming(null);
    moveFocus("[data-add-article]");
    try {
      await onSaveArticles(articles.filter((a) => a !== article));
      setStatus({ kind: "ok", text: t("optionsArticleDeleted", article.title) });
    } catch (error) {
      setStatus({ kind: "error", text: t("optionsDeleteFailed", article.title, errorMessage(error)) });
    }
  };

  return (
    <section ref={section} aria-labelledby="reading-list-heading">
      <h2 id="reading-list-heading">{t("optionsReadingHeading")}</h2>
      <p>{t("optionsReadingIntro")}</p>
      {problem && (
        <div class="notice" role="alert">
          <p>{t("optionsArticlesProblem")}</p>
          <ul>
            {problem.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {articles.length === 0 ? (
        <p class="empty">{t("optionsArticlesEmpty")}</p>
      ) : (
        <ul class="item-list article-list" aria-label={t("optionsArticlesListLabel")}>
          {articles.map((article) => (
            <li key={article.id}>
              <span class="item-name">
                {article.url ? (
                  <a href={article.url} target="_blank" rel="noopener noreferrer">
                    {article.title}
                  </a>
                ) : (
                  article.title
                )}
                <span class="article-meta">
                  {[
                    article.publishedBy,
                    article.feed ? t("optionsFromFeed") : null,
                    article.topics.length
                      ? t("optionsArticleTerms", article.topics.map((id) => termName(id, byId)).join(", "))
                      : t("optionsNoGlossaryTerms"),
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </span>
              </span>
              {confirming === article.id ? (
                <span class="confirm">
                  <button
                    type="button"
                    class="danger"
                    data-confirm-article
                    onClick={() => void remove(article)}
                  >
                    {t("optionsConfirmDelete", article.title)}
                  </button>
                  <button
                    type="button"
                    class="secondary"
                    onClick={() => {
                      setConfirming(null);
                      moveFocus(`[data-delete-article="${article.id}"]`);
                    }}
                  >
                    {t("optionsKeepIt")}
                  </button>
                </span>
              ) : (
                <span class="item-actions">
                  <button type="button" class="secondary" onClick={() => setEditing({ id: article.id })}>
                    {t("optionsEdit")}
                    <span class="visually-hidden"> {t("optionsQuoted", article.title)}</span>
                  </button>
                  <button
                    type="button"
                    class="secondary"
                    data-delete-article={article.id}
                    onClick={() => {
                      setConfirming(article.id);
                      moveFocus("[data-confirm-article]");
                    }}
                  >
                    {t("optionsDelete")}
                    <span class="visually-hidden"> {t("optionsQuoted", article.title)}</span>
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <Status message={status} />
      {editing ? (
        <ArticleForm
          key={editing.id ?? "\0new"}
          heading={edited ? t("optionsEditHeading", edited.title) : t("optionsAddArticle")}
          initial={edited ? draftFromArticle(edited, byId) : emptyArticleDraft()}
          fromFeed={edited?.feed ? (edited.publishedBy ?? edited.feed) : undefined}
          validate={(draft) => validateArticle(draft, { editing: edited, others, reservedIds, catalog })}
          suggest={(draft) => suggestTerms(draft, catalog)}
          termName={(id) => termName(id, byId)}
          onSave={save}
          onCancel={close}
        />
      ) : (
        <button type="button" data-add-article onClick={() => setEditing({ id: null })}>
          {t("optionsAddArticle")}
        </button>
      )}
    </section>
  );
}
