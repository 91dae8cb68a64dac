import { useId, useMemo } from "preact/hooks";
import type { Term } from "../../core/glossary-schema.ts";
import type { PageTerm } from "../../messaging/protocol.ts";
import { groupTerms } from "./group-terms.ts";
import type { Order } from "./types.ts";
import { t } from "../../platform/i18n.ts";

// The page's terms, grouped by category with counts. Choosing one asks the page to scroll to
// its next occurrence and open its card.

export interface TermListProps {
  pageTerms: readonly PageTerm[];
  terms: ReadonlyMap<string, Term>;
  order: Order;
  onOrder(order: Order): void;
  onReveal(termId: string): void;
}

const termCount = (n: number) => t(n === 1 ? "popupTermCountOne" : "popupTermCountMany", String(n));
const mentionCount = (n: number) => t(n === 1 ? "popupMentionCountOne" : "popupMentionCountMany", String(n));

export function TermList({ pageTerms, terms, order, onOrder, onReveal }: TermListProps) {
  const id = useId();
  const groups = useMemo(() => groupTerms(pageTerms, terms, order), [pageTerms, terms, order]);
  const distinct = groups.reduce((n, g) => n + g.terms.length, 0);
  const mentions = groups.reduce((n, g) => n + g.total, 0);
  return (
    <div class="term-list">
      <p class="hint">{t("popupTermListHint", termCount(distinct), mentionCount(mentions))}</p>
      <fieldset class="order">
        <legend>{t("popupOrder")}</legend>
        {(
          [
            ["page", t("popupOrderPage")],
            ["frequency", t("popupOrderFrequency")],
          ] as const
        ).map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name={`${id}-order`}
              value={value}
              checked={order === value}
              onChange={() => onOrder(value)}
            />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>
      {groups.map((group) => (
        <div class="group" key={group.category}>
          <h3 id={`${id}-${group.category}`}>
            {group.label} <span class="muted">· {mentionCount(group.total)}</span>
          </h3>
          <ul class="terms" aria-labelledby={`${id}-${group.category}`}>
            {group.terms.map((term) => (
              <li key={term.id}>
                <button type="button" class="term" onClick={() => onReveal(term.id)}>
                  <span class="term-label">{term.label}</span>
                  <span class="count">
                    <span class="sr-only">, </span>
                    {term.count}
                    <span class="sr-only"> {t(term.count === 1 ? "popupTimesOne" : "popupTimesMany")}</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
