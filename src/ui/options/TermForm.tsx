import { useState } from "preact/hooks";
import { CATEGORIES, type Term } from "../../core/glossary-schema.ts";
import { Field } from "./Field.tsx";
import { FieldError, describedBy } from "./Messages.tsx";
import { EditForm, useEditForm } from "./edit-form.tsx";
import { SourceRows } from "./SourceRows.tsx";
import type { FieldErrors, TermDraft, TextField } from "./term-draft.ts";
import type { EditResult } from "./validate-term.ts";
import { categoryLabel } from "../popup/group-terms.ts";
import { t } from "../../platform/i18n.ts";

// The add/edit form for one custom term. Nothing is saved until `validate` accepts the whole
// term; each error is shown next to its field and the first invalid field gets the focus.

export interface TermFormProps {
  heading: string;
  initial: TermDraft;
  validate: (draft: TermDraft) => EditResult;
  onSave: (term: Term) => Promise<void>;
  onCancel: () => void;
}

const ID = "term";

export function TermForm({ heading, initial, validate, onSave, onCancel }: TermFormProps) {
  const [draft, setDraft] = useState(initial);
  const state = useEditForm<FieldErrors>("input, textarea, select");
  const { errors, setErrors } = state;

  const update = (patch: Partial<TermDraft>, cleared: (key: string) => boolean) => {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([key]) => !cleared(key))));
  };
  const text = (name: TextField, label: string, hint?: string, rows?: number) => (
    <Field
      id={`${ID}-${name}`}
      label={label}
      hint={hint}
      rows={rows}
      value={draft[name]}
      errors={errors[name]}
      required={!["aliases", "abbreviations", "related"].includes(name)}
      onInput={(value) => update({ [name]: value }, (key) => key === name)}
    />
  );

  const submit = () => {
    const result = validate(draft);
    void state.settle(result.ok ? { ok: true, value: result.term } : result, onSave);
  };

  return (
    <EditForm
      state={state}
      id={ID}
      heading={heading}
      saveLabel={t("optionsSaveTerm")}
      onSubmit={submit}
      onCancel={onCancel}
    >
      {text("id", t("optionsTermId"), t("optionsTermIdHint"))}
      {text("label", t("optionsTermLabel"), t("optionsTermLabelHint"))}
      {text("aliases", t("optionsTermAliases"), t("optionsTermAliasesHint"), 3)}
      {text("abbreviations", t("optionsTermAbbreviations"), t("optionsTermAbbreviationsHint"), 2)}
      <div class={`field${errors.category?.length ? " invalid" : ""}`}>
        <label for={`${ID}-category`}>
          {t("optionsTermCategory")}
          <span class="required"> {t("optionsRequired")}</span>
        </label>
        <select
          id={`${ID}-category`}
          value={draft.category}
          required
          aria-invalid={errors.category?.length ? "true" : undefined}
          aria-describedby={describedBy(null, `${ID}-category-error`, errors.category)}
          onChange={(e) => update({ category: e.currentTarget.value }, (key) => key === "category")}
        >
          <option value="">{t("optionsChooseCategory")}</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {categoryLabel(c)}
            </option>
          ))}
        </select>
        <FieldError id={`${ID}-category-error`} errors={errors.category} />
      </div>
      {text("summary", t("optionsSummary"), t("optionsTermSummaryHint"), 2)}
      {text("explanation", t("optionsTermExplanation"), t("optionsTermExplanationHint"), 5)}
      {text("forRunners", t("optionsTermForRunners"), t("optionsTermForRunnersHint"), 3)}
      {text("related", t("optionsTermRelated"), t("optionsTermRelatedHint"))}
      <SourceRows
        idPrefix={ID}
        sources={draft.sources}
        errors={errors}
        onChange={(sources) => update({ sources }, (key) => key.startsWith("sources"))}
      />
    </EditForm>
  );
}
