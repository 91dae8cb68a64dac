import { useEffect, useRef, useState } from "preact/hooks";
import { CATEGORIES, type Term } from "../../core/glossary-schema.ts";
import { Field } from "./Field.tsx";
import { FieldError, describedBy, errorMessage } from "./Messages.tsx";
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
  const [errors, setErrors] = useState<FieldErrors>({});
  const [other, setOther] = useState<string[]>([]);
  const [summary, setSummary] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    form.current?.querySelector<HTMLElement>("input, textarea, select")?.focus();
  }, []);
  useEffect(() => {
    if (attempt > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

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

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = validate(draft);
    if (!result.ok) {
      const count =
        Object.values(result.fields).reduce((n, list) => n + list.length, 0) + result.other.length;
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
      await onSave(result.term);
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
      <div class="actions">
        <button type="submit">{t("optionsSaveTerm")}</button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t("optionsCancel")}
        </button>
      </div>
    </form>
  );
}
