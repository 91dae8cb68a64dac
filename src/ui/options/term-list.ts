import type { Term } from "../../core/glossary-schema.ts";

// The custom-term list as the editor saves it: validate-term.ts checks the new or edited term
// against the others, this puts it in its place.

/** The list after saving `term`: in place of the term being edited (its id before the edit), or added last. */
export function termsWith(terms: readonly Term[], editingId: string | null, term: Term): Term[] {
  const at = editingId === null ? -1 : terms.findIndex((other) => other.id === editingId);
  return at < 0 ? [...terms, term] : terms.map((other, i) => (i === at ? term : other));
}
