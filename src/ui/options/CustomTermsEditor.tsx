import { useState } from "preact/hooks";
import type { Term } from "../../core/glossary-schema.ts";
import { Status, type StatusMessage, errorMessage } from "./Messages.tsx";
import { TermForm } from "./TermForm.tsx";
import { ItemActions, ProblemNotice, useListEditing } from "./item-list.tsx";
import { termsWith } from "./term-list.ts";
import { draftFromTerm, emptyDraft } from "./term-draft.ts";
import { listErrors, validateTerm } from "./validate-term.ts";
import { categoryLabel } from "../popup/group-terms.ts";
import { t } from "../../platform/i18n.ts";

// The user's own terms: a list with edit and delete, and the form for adding or editing one.

export interface CustomTermsEditorProps {
  terms: Term[];
  builtIn: readonly Term[];
  /** Why the stored custom terms could not be read, if they could not. */
  problem?: string[] | null;
  onSaveCustomTerms: (terms: Term[]) => Promise<void>;
}

type Editing = { id: string | null } | null;

export function CustomTermsEditor({ terms, builtIn, problem, onSaveCustomTerms }: CustomTermsEditorProps) {
  const [editing, setEditing] = useState<Editing>(null);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const list = useListEditing();
  const editedTerm = editing?.id ? terms.find((term) => term.id === editing.id) : undefined;

  const close = () => {
    setEditing(null);
    list.moveFocus("[data-add]");
  };
  const save = async (term: Term) => {
    await onSaveCustomTerms(termsWith(terms, editing?.id ?? null, term));
    setStatus({ kind: "ok", text: t("optionsTermSaved", term.label) });
    close();
  };
  const remove = async (term: Term) => {
    list.settle();
    const rest = terms.filter((other) => other !== term);
    const errors = listErrors(rest, builtIn);
    if (errors.length) {
      setStatus({ kind: "error", text: t("optionsTermNotDeleted", term.label), details: errors });
      return;
    }
    try {
      await onSaveCustomTerms(rest);
      setStatus({ kind: "ok", text: t("optionsTermDeleted", term.label) });
    } catch (error) {
      setStatus({ kind: "error", text: t("optionsDeleteFailed", term.label, errorMessage(error)) });
    }
  };

  return (
    <section ref={list.section} aria-labelledby="custom-terms-heading">
      <h2 id="custom-terms-heading">{t("optionsTermsHeading")}</h2>
      <p>{t("optionsTermsIntro")}</p>
      {problem && <ProblemNotice text={t("optionsTermsProblem")} problems={problem} />}
      {terms.length === 0 ? (
        <p class="empty">{t("optionsTermsEmpty")}</p>
      ) : (
        <ul class="item-list" aria-label={t("optionsTermsListLabel")}>
          {terms.map((term) => (
            <li key={term.id}>
              <span class="item-name">
                {term.label} <code>{term.id}</code>{" "}
                <span class="category">{categoryLabel(term.category)}</span>
              </span>
              <ItemActions
                id={term.id}
                name={term.label}
                editing={list}
                onEdit={() => setEditing({ id: term.id })}
                onDelete={() => void remove(term)}
              />
            </li>
          ))}
        </ul>
      )}
      <Status message={status} />
      {editing ? (
        <TermForm
          key={editing.id ?? "\0new"}
          heading={editedTerm ? t("optionsEditHeading", editedTerm.label) : t("optionsAddTerm")}
          initial={editedTerm ? draftFromTerm(editedTerm) : emptyDraft()}
          validate={(draft) =>
            validateTerm(
              draft,
              terms.filter((other) => other !== editedTerm),
              builtIn,
            )
          }
          onSave={save}
          onCancel={close}
        />
      ) : (
        <button type="button" data-add onClick={() => setEditing({ id: null })}>
          {t("optionsAddTerm")}
        </button>
      )}
    </section>
  );
}
