import { useMemo, useState } from "preact/hooks";
import type { Article } from "../../core/article-schema.ts";
import { ArticleForm } from "./ArticleForm.tsx";
import { Status, type StatusMessage, errorMessage } from "./Messages.tsx";
import { ItemActions, ProblemNotice, useListEditing } from "./item-list.tsx";
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
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const list = useListEditing();
  const byId = useMemo(() => new Map(catalog.terms.map((term) => [term.id, term])), [catalog.terms]);
  const edited = editing?.id ? articles.find((a) => a.id === editing.id) : undefined;
  const others = articles.filter((a) => a !== edited);

  const close = () => {
    setEditing(null);
    list.moveFocus("[data-add]");
  };
  const save = async (article: Article) => {
    const at = articles.findIndex((a) => a.id === editing?.id);
    await onSaveArticles(at < 0 ? [...articles, article] : articles.map((a, i) => (i === at ? article : a)));
    setStatus({ kind: "ok", text: t("optionsArticleSaved", article.title) });
    close();
  };
  const remove = async (article: Article) => {
    list.settle();
    try {
      await onSaveArticles(articles.filter((a) => a !== article));
      setStatus({ kind: "ok", text: t("optionsArticleDeleted", article.title) });
    } catch (error) {
      setStatus({ kind: "error", text: t("optionsDeleteFailed", article.title, errorMessage(error)) });
    }
  };

  return (
    <section ref={list.section} aria-labelledby="reading-list-heading">
      <h2 id="reading-list-heading">{t("optionsReadingHeading")}</h2>
      <p>{t("optionsReadingIntro")}</p>
      {problem && <ProblemNotice text={t("optionsArticlesProblem")} problems={problem} />}
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
              <ItemActions
                id={article.id}
                name={article.title}
                editing={list}
                onEdit={() => setEditing({ id: article.id })}
                onDelete={() => void remove(article)}
              />
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
        <button type="button" data-add onClick={() => setEditing({ id: null })}>
          {t("optionsAddArticle")}
        </button>
      )}
    </section>
  );
}
