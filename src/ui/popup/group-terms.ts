import type { Term } from "../../core/glossary-schema.ts";
import type { PageTerm } from "../../messaging/protocol.ts";
import { type MessageKey, t } from "../../platform/i18n.ts";
import type { Order } from "./types.ts";

// The page's terms as the popup lists them: grouped by category, counted, and in page order
// or by frequency. Groups follow the same order as the terms inside them.

export interface ListedTerm {
  id: string;
  label: string;
  count: number;
  /** Position of the term's first occurrence among the page's terms. */
  index: number;
}

export interface TermGroup {
  category: string;
  label: string;
  total: number;
  terms: ListedTerm[];
}

const CATEGORY_LABELS: Record<string, MessageKey> = {
  anatomy: "categoryAnatomy",
  biomechanics: "categoryBiomechanics",
  gait: "categoryGait",
  "muscle-action": "categoryMuscleAction",
  training: "categoryTraining",
  injury: "categoryInjury",
  "backward-running": "categoryBackwardRunning",
};

export const OTHER = "other";

/** A category's name in the UI language ("Other terms" for one Backstride does not know). */
export function categoryLabel(category: string): string {
  return t(Object.hasOwn(CATEGORY_LABELS, category) ? CATEGORY_LABELS[category]! : "categoryOther");
}

export function groupTerms(
  pageTerms: readonly PageTerm[],
  lookup: ReadonlyMap<string, Term>,
  order: Order,
): TermGroup[] {
  const byId = new Map<string, ListedTerm & { category: string }>();
  for (const { termId, count } of pageTerms) {
    if (typeof termId !== "string" || !(count > 0)) continue;
    const seen = byId.get(termId);
    if (seen) {
      seen.count += count;
      continue;
    }
    const term = lookup.get(termId);
    const category = term && Object.hasOwn(CATEGORY_LABELS, term.category) ? term.category : OTHER;
    byId.set(termId, { id: termId, label: term?.label ?? termId, count, index: byId.size, category });
  }

  const groups = new Map<string, TermGroup>();
  for (const { category, ...listed } of byId.values()) {
    let group = groups.get(category);
    if (!group) {
      group = { category, label: categoryLabel(category), total: 0, terms: [] };
      groups.set(category, group);
    }
    group.total += listed.count;
    group.terms.push(listed);
  }

  const firstIndex = (g: TermGroup) => Math.min(...g.terms.map((term) => term.index));
  const result = [...groups.values()];
  if (order === "frequency") {
    for (const g of result) g.terms.sort((a, b) => b.count - a.count || a.index - b.index);
    result.sort((a, b) => b.total - a.total || firstIndex(a) - firstIndex(b));
  }
  // Page order: terms were pushed in page order, and groups were created at their first term.
  return result;
}
