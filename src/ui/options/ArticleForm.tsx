import { useEffect, useRef, useState } from "preact/hooks";
import type { Article } from "../../core/article-schema.ts";
import { Field } from "./Field.tsx";
import { errorMessage } from "./Messages.tsx";
import type { ArticleDraft, ArticleErrors, ArticleField, ArticleResult } from "./article-draft.ts";
import { t } from "../../platform/i18n.ts";

// The add/edit form for one reading-list article. Nothing is saved until `validate` accepts it;
// each error is shown next to its field and the first invalid field gets the focus. "Find terms
// automatically" runs the highlighting engine over the title and summary.

export interface ArticleFormProps {
  heading: string;
  initial: ArticleDraft;
  /** The feed an edited article came from, so the form can say a refresh overwrites edits. */
  fromFeed?: string | undefined;
  validate: (draft: ArticleDraft) => ArticleResult;
  /** Term ids the engine finds in the draft's title and summary that it does not list yet. */
  suggest: (draft: ArticleDraft) => string[];
  termName: (id: string) => string;
  onSave: (article: Article) => Promise<void>;
  onCancel: () => void;
}

const ID = "article";

export function ArticleForm(props: ArticleFormProps) {
  const { heading, initial, fromFeed, validate, suggest, termName, onSave, onCancel } = props;
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<ArticleErrors>({});
  const [other, setOther] = useState<string[]>([]);
  const [summary, setSummary] = useState<string | null>(null);
  const [found, setFound] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    form.current?.querySelector<HTMLElement>("input, textarea")?.focus();
  }, []);
  useEffect(() => {
    if (attempt > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const update = (field: ArticleField, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };
  const text = (field: ArticleField, label: string, options: { hint?: string; rows?: number } = {}) => (
    <Field
      id={`${ID}-${field}`}
      label={label}
      hint={options.hint}
      rows={options.rows}
      type={field === "url" ? "url" : "text"}
      value={draft[field]}
      errors={errors[field]}
      required={field === "title"}
      onInput={(value) => update(field, value)}
    />
  );

  const findTerms = () => {
    const ids = suggest(draft);
    if (ids.length === 0) {
      setFound(t("optionsNoNewTerms"));
      return;
    }
    const names = ids.map(termName);
    update("terms", [draft.terms.trim().replace(/,$/, ""), ...names].filter((s) => s !== "").join(", "));
    setFound(
      t(
        ids.length === 1 ? "optionsAddedTermsOne" : "optionsAddedTermsMany",
        String(ids.length),
        names.join(", "),
      ),
    );
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = validate(draft);
    if (!result.ok) {
      const count =
        Object.values(result.fields).reduce((n, list) => n + (list?.length ?? 0), 0) + result.other.length;
      setErrors(result.fields);
      setOther(result.other);
      setSummary(t(count === 1 ? "optionsProblemsOne" : "optionsProblemsMany", String(count)));
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    setOther([]);
    setSummary(null);
    try {
      await onSave(result.article);
    } catch (error) {
      setSummary(t("optionsNotSaved", errorMessage(error)));
    }
  };

  return (
    <form ref={form} class="term-form" noValidate onSubmit={submit} aria-labelledby={`${ID}-heading`}>
      <h3 id={`${ID}-heading`}>{heading}</h3>
      <div role="alert" class="form-summary">
        {summary && <p>{summary}</p>}
        {other.length > 0 && (
          <ul>
            {other.map((o, i) => (
              <li key={i}>{o}</li>
            ))}
          </ul>
        )}
      </div>
      {fromFeed && <p class="hint">{t("optionsArticleFromFeed", fromFeed)}</p>}
      {text("title", t("optionsArticleTitle"), { hint: t("optionsArticleTitleHint") })}
      {text("url", t("optionsArticleUrl"), { hint: t("optionsArticleUrlHint") })}
      {text("summary", t("optionsSummary"), { hint: t("optionsArticleSummaryHint"), rows: 4 })}
      {text("publishedBy", t("optionsArticlePublishedBy"), { hint: t("optionsArticlePublishedByHint") })}
      <fieldset class="terms-picker">
        <legend>{t("optionsGlossaryTerms")}</legend>
        {text("terms", t("optionsArticleTermsLabel"), { hint: t("optionsArticleTermsHint") })}
        <button type="button" class="secondary" onClick={findTerms}>
          {t("optionsFindTerms")}
        </button>
        <p class="finder-status" role="status">
          {found}
        </p>
      </fieldset>
      <div class="actions">
        <button type="submit">{t("optionsSaveArticle")}</button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t("optionsCancel")}
        </button>
      </div>
    </form>
  );
}
