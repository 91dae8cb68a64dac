import { useState } from "preact/hooks";
import type { Article } from "../../core/article-schema.ts";
import { Field } from "./Field.tsx";
import { EditForm, useEditForm } from "./edit-form.tsx";
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
  const [found, setFound] = useState<string | null>(null);
  const state = useEditForm<ArticleErrors>("input, textarea");
  const { errors, setErrors } = state;

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

  const submit = () => {
    const result = validate(draft);
    void state.settle(result.ok ? { ok: true, value: result.article } : result, onSave);
  };

  return (
    <EditForm
      state={state}
      id={ID}
      heading={heading}
      saveLabel={t("optionsSaveArticle")}
      onSubmit={submit}
      onCancel={onCancel}
    >
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
    </EditForm>
  );
}
