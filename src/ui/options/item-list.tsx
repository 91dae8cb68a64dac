import type { RefObject } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../../platform/i18n.ts";

// What the options page's lists (custom terms, reading list) share: a notice for stored data
// that could not be read, and per item "Edit" and "Delete" that asks to confirm first, with
// keyboard focus following the buttons that replace each other (delete → confirm → add).

export interface ListEditing {
  section: RefObject<HTMLElement | null>;
  /** The id of the item whose deletion waits for confirmation, if any. */
  confirming: string | null;
  askToDelete(id: string): void;
  keep(id: string): void;
  /** Ends a confirmation (deleted or failed) and puts focus on the list's add button. */
  settle(): void;
  moveFocus(selector: string): void;
}

export function useListEditing(): ListEditing {
  const section = useRef<HTMLElement>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [focus, setFocus] = useState<{ selector: string } | null>(null);
  useEffect(() => {
    if (focus) section.current?.querySelector<HTMLElement>(focus.selector)?.focus();
  }, [focus]);
  const moveFocus = (selector: string) => setFocus({ selector });
  return {
    section,
    confirming,
    askToDelete: (id) => {
      setConfirming(id);
      moveFocus("[data-confirm]");
    },
    keep: (id) => {
      setConfirming(null);
      moveFocus(`[data-delete="${id}"]`);
    },
    settle: () => {
      setConfirming(null);
      moveFocus("[data-add]");
    },
    moveFocus,
  };
}

export function ProblemNotice({ text, problems }: { text: string; problems: string[] }) {
  return (
    <div class="notice" role="alert">
      <p>{text}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
    </div>
  );
}

export interface ItemActionsProps {
  id: string;
  /** How the item is named in button texts. */
  name: string;
  editing: ListEditing;
  onEdit(): void;
  onDelete(): void;
}

/** Edit and Delete for one item, or the confirmation that replaces them. */
export function ItemActions({ id, name, editing, onEdit, onDelete }: ItemActionsProps) {
  if (editing.confirming === id) {
    return (
      <span class="confirm">
        <button type="button" class="danger" data-confirm onClick={onDelete}>
          {t("optionsConfirmDelete", name)}
        </button>
        <button type="button" class="secondary" onClick={() => editing.keep(id)}>
          {t("optionsKeepIt")}
        </button>
      </span>
    );
  }
  return (
    <span class="item-actions">
      <button type="button" class="secondary" onClick={onEdit}>
        {t("optionsEdit")}
        <span class="visually-hidden"> {t("optionsQuoted", name)}</span>
      </button>
      <button type="button" class="secondary" data-delete={id} onClick={() => editing.askToDelete(id)}>
        {t("optionsDelete")}
        <span class="visually-hidden"> {t("optionsQuoted", name)}</span>
      </button>
    </span>
  );
}
