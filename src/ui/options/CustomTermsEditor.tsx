import { useEffect, useRef, useState } from "preact/hooks";
import type { Term } from "../../core/glossary-schema.ts";
import { Status, type StatusMessage, errorMessage } from "./Messages.tsx";
import { TermForm } from "./TermForm.tsx";
import { draftFromTerm, emptyDraft } from "./term-draft.ts";
import { listErrors, validateTerm } from "./validate-term.ts";

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
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const [focus, setFocus] = useState<{ selector: string } | null>(null);
  const section = useRef<HTMLElement>(null);
  const editedTerm = editing?.id ? terms.find((t) => t.id === editing.id) : undefined;

  // Keyboard focus follows the buttons that replace each other (delete → confirm → add).
  useEffect(() => {
    if (focus) section.current?.querySelector<HTMLElement>(focus.selector)?.focus();
  }, [focus]);
  const moveFocus = (selector: string) => setFocus({ selector });

  const close = () => {
    setEditing(null);
    moveFocus("[data-add]");
  };
  const save = async (term: Term) => {
    const at = terms.findIndex((t) => t.id === editing?.id);
    await onSaveCustomTerms(at < 0 ? [...terms, term] : terms.map((t, i) => (i === at ? term : t)));
    setStatus({ kind: "ok", text: `Saved the custom term "${term.label}".` });
    close();
  };
  const remove = async (term: Term) => {
    setConfirming(null);
    moveFocus("[data-add]");
    const rest = terms.filter((t) => t !== term);
    const errors = listErrors(rest, builtIn);
    if (errors.length) {
      setStatus({ kind: "error", text: `"${term.label}" was not deleted:`, details: errors });
      return;
    }
    try {
      await onSaveCustomTerms(rest);
      setStatus({ kind: "ok", text: `Deleted the custom term "${term.label}".` });
    } catch (error) {
      setStatus({ kind: "error", text: `Could not delete "${term.label}": ${errorMessage(error)}` });
    }
  };

  return (
    <section ref={section} aria-labelledby="custom-terms-heading">
      <h2 id="custom-terms-heading">Your own terms</h2>
      <p>Terms you add are highlighted and explained like the built-in ones.</p>
      {problem && (
        <div class="notice" role="alert">
          <p>Your saved custom terms could not be read, so none are shown. Saving a term replaces them.</p>
          <ul>
            {problem.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {terms.length === 0 ? (
        <p class="empty">You have not added any terms yet.</p>
      ) : (
        <ul class="item-list" aria-label="Your terms">
          {terms.map((term) => (
            <li key={term.id}>
              <span class="item-name">
                {term.label} <code>{term.id}</code> <span class="category">{term.category}</span>
              </span>
              {confirming === term.id ? (
                <span class="confirm">
                  <button type="button" class="danger" data-confirm onClick={() => void remove(term)}>
                    Yes, delete "{term.label}"
                  </button>
                  <button
                    type="button"
                    class="secondary"
                    onClick={() => {
                      setConfirming(null);
                      moveFocus(`[data-delete="${term.id}"]`);
                    }}
                  >
                    Keep it
                  </button>
                </span>
              ) : (
                <span class="item-actions">
                  <button type="button" class="secondary" onClick={() => setEditing({ id: term.id })}>
                    Edit<span class="visually-hidden"> "{term.label}"</span>
                  </button>
                  <button
                    type="button"
                    class="secondary"
                    data-delete={term.id}
                    onClick={() => {
                      setConfirming(term.id);
                      moveFocus("[data-confirm]");
                    }}
                  >
                    Delete<span class="visually-hidden"> "{term.label}"</span>
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <Status message={status} />
      {editing ? (
        <TermForm
          key={editing.id ?? "\0new"}
          heading={editedTerm ? `Edit "${editedTerm.label}"` : "Add a term"}
          initial={editedTerm ? draftFromTerm(editedTerm) : emptyDraft()}
          validate={(draft) =>
            validateTerm(
              draft,
              terms.filter((t) => t !== editedTerm),
              builtIn,
            )
          }
          onSave={save}
          onCancel={close}
        />
      ) : (
        <button type="button" data-add onClick={() => setEditing({ id: null })}>
          Add a term
        </button>
      )}
    </section>
  );
}
