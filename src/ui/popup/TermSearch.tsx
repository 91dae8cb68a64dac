import type { Ref } from "preact";
import { useId } from "preact/hooks";
import type { Term } from "../../core/glossary-schema.ts";
import { categoryLabel } from "./group-terms.ts";
import { t } from "../../platform/i18n.ts";

// Look up any term, typos forgiven (the search itself is passed in). Enter opens the best
// match; any match can be chosen from the list.

export interface TermSearchProps {
  query: string;
  results: readonly Term[];
  showResults: boolean;
  inputRef?: Ref<HTMLInputElement>;
  onQuery(query: string): void;
  onPick(termId: string): void;
}

export function TermSearch({ query, results, showResults, inputRef, onQuery, onPick }: TermSearchProps) {
  const id = useId();
  const searching = query.trim() !== "";
  return (
    <section class="search" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t("popupSearchHeading")}</h2>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          if (results[0]) onPick(results[0].id);
        }}
      >
        <label for={`${id}-q`}>{t("popupSearchLabel")}</label>
        <input
          id={`${id}-q`}
          ref={inputRef}
          type="search"
          value={query}
          autocomplete="off"
          spellcheck={false}
          placeholder={t("popupSearchPlaceholder")}
          onInput={(e) => onQuery(e.currentTarget.value)}
        />
      </form>
      <p class="sr-only" role="status">
        {searching && showResults
          ? results.length === 0
            ? t("popupSearchNone")
            : t(results.length === 1 ? "popupSearchCountOne" : "popupSearchCountMany", String(results.length))
          : ""}
      </p>
      {searching && showResults && results.length === 0 && (
        <p class="status">{t("popupNoMatch", query.trim())}</p>
      )}
      {searching && showResults && results.length > 0 && (
        <ul class="results" aria-label={t("popupMatchingTerms")}>
          {results.map((term) => (
            <li key={term.id}>
              <button type="button" class="result" onClick={() => onPick(term.id)}>
                <span class="term-label">{term.label}</span>
                <span class="sr-only">, </span>
                <span class="muted">{categoryLabel(term.category)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
