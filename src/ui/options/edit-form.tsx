import type { ComponentChildren, RefObject } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { errorMessage } from "./Messages.tsx";
import { t } from "../../platform/i18n.ts";

// What the options page's add/edit forms (custom term, article) share: nothing is saved until
// the draft validates; each error shows next to its field, a summary counts them, and the first
// invalid field gets the focus; a failed save says why and keeps the draft.

type FieldProblems = Partial<Record<string, string[]>>;
export type Checked<V, E extends FieldProblems> =
  { ok: true; value: V } | { ok: false; fields: E; other: string[] };

export interface EditFormState<E extends FieldProblems> {
  form: RefObject<HTMLFormElement | null>;
  errors: E;
  setErrors: (update: (errors: E) => E) => void;
  other: string[];
  summary: string | null;
  /** Shows a rejected draft's problems, or saves an accepted one. */
  settle<V>(checked: Checked<V, E>, save: (value: V) => Promise<void>): Promise<void>;
}

/** `firstField`: the selector of the control that gets the focus when the form opens. */
export function useEditForm<E extends FieldProblems>(firstField: string): EditFormState<E> {
  const [errors, setErrors] = useState<E>({} as E);
  const [other, setOther] = useState<string[]>([]);
  const [summary, setSummary] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    form.current?.querySelector<HTMLElement>(firstField)?.focus();
  }, []);
  useEffect(() => {
    if (attempt > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const settle = async <V,>(checked: Checked<V, E>, save: (value: V) => Promise<void>) => {
    if (!checked.ok) {
      const count =
        Object.values(checked.fields).reduce((n, list) => n + (list?.length ?? 0), 0) + checked.other.length;
      setErrors(() => checked.fields);
      setOther(checked.other);
      setSummary(t(count === 1 ? "optionsProblemsOne" : "optionsProblemsMany", String(count)));
      setAttempt((n) => n + 1);
      return;
    }
    setErrors(() => ({}) as E);
    setOther([]);
    setSummary(null);
    try {
      await save(checked.value);
    } catch (error) {
      setSummary(t("optionsNotSaved", errorMessage(error)));
    }
  };
  return { form, errors, setErrors, other, summary, settle };
}

export interface EditFormProps {
  state: Pick<EditFormState<FieldProblems>, "form" | "summary" | "other">;
  /** Prefix of the form's element ids. */
  id: string;
  heading: string;
  saveLabel: string;
  onSubmit: () => void;
  onCancel: () => void;
  children: ComponentChildren;
}

/** The frame of an edit form: heading, the problems summary, the fields, Save and Cancel. */
export function EditForm({ state, id, heading, saveLabel, onSubmit, onCancel, children }: EditFormProps) {
  return (
    <form
      ref={state.form}
      class="term-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      aria-labelledby={`${id}-heading`}
    >
      <h3 id={`${id}-heading`}>{heading}</h3>
      <div role="alert" class="form-summary">
        {state.summary && <p>{state.summary}</p>}
        {state.other.length > 0 && (
          <ul>
            {state.other.map((o, i) => (
              <li key={i}>{o}</li>
            ))}
          </ul>
        )}
      </div>
      {children}
      <div class="actions">
        <button type="submit">{saveLabel}</button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t("optionsCancel")}
        </button>
      </div>
    </form>
  );
}
