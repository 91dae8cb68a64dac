import { useEffect, useId, useRef } from "preact/hooks";
import type { Term } from "../../core/glossary-schema.ts";
import { httpUrl } from "../../core/http-url.ts";
import type { TermRef } from "../../messaging/protocol.ts";
import { categoryLabel } from "./group-terms.ts";
import { t } from "../../platform/i18n.ts";

// One term explained inside the popup. Text only; sources open in a new tab and must be
// http(s); related terms open here in turn.

export interface TermDetailsProps {
  term: Term;
  related: readonly TermRef[];
  onSelect(termId: string): void;
  onBack(): void;
}

export function isHttpUrl(url: string): boolean {
  return httpUrl(url) !== null;
}

export function TermDetails({ term, related, onSelect, onBack }: TermDetailsProps) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [term.id]);
  const sources = term.sources.filter((s) => isHttpUrl(s.url));
  const otherNames = [...term.abbreviations, ...term.aliases];
  return (
    <article class="details" aria-labelledby={id}>
      <button type="button" class="back" onClick={() => onBack()}>
        <span aria-hidden="true">← </span>
        {t("popupBack")}
      </button>
      <h2 id={id} ref={heading} tabIndex={-1}>
        {term.label}
      </h2>
      <p class="muted">
        {categoryLabel(term.category)}
        {otherNames.length > 0 && ` · ${t("popupAlsoKnownAs", otherNames.join(", "))}`}
      </p>
      <p class="summary">{term.summary}</p>
      <p>{term.explanation}</p>
      <h3>{t("popupWhyRunners")}</h3>
      <p>{term.forRunners}</p>
      {sources.length > 0 && (
        <>
          <h3>{t("popupSources")}</h3>
          <ul class="sources">
            {sources.map((s) => (
              <li key={s.url}>
                <a href={s.url} target="_blank" rel="noopener noreferrer">
                  {s.title}
                </a>{" "}
                <span class="muted">({new URL(s.url).hostname.replace(/^www\./, "")})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {related.length > 0 && (
        <>
          <h3>{t("popupRelatedTerms")}</h3>
          <ul class="related">
            {related.map((r) => (
              <li key={r.id}>
                <button type="button" onClick={() => onSelect(r.id)}>
                  {r.label}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
