import { useEffect, useRef } from "preact/hooks";
import { type CardView, showsMatchedForm } from "./card-view.ts";
import { RelatedReading, RelatedTerms, Sources, TermChips } from "./CardSections.tsx";
import { t } from "../../platform/i18n.ts";

export interface CardProps {
  view: CardView;
  canGoBack: boolean;
  siteName: string | null;
  onBack: () => void;
  onClose: () => void;
  onOpenTerm: (termId: string) => void;
  onDisableSite: () => void;
}

/** The explanation card: a labelled, non-modal dialog that keeps keyboard focus inside it. */
export function Card(props: CardProps) {
  const { view } = props;
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => dialog.current?.focus(), [view]);

  const title =
    view.kind === "term"
      ? view.data.term.label
      : view.kind === "missing"
        ? t("cardNotInGlossaryTitle")
        : "Backstride";
  return (
    <div
      ref={dialog}
      class="card"
      role="dialog"
      aria-modal="false"
      aria-labelledby="bs-title"
      tabIndex={-1}
      onKeyDown={(e) => onKeyDown(e, dialog.current, props.onClose)}
    >
      <div class="head">
        {props.canGoBack && (
          <button type="button" class="icon" aria-label={t("cardBack")} onClick={props.onBack}>
            ←
          </button>
        )}
        <h2 id="bs-title">{title}</h2>
        <button type="button" class="icon" aria-label={t("cardClose")} onClick={props.onClose}>
          ×
        </button>
      </div>
      <div class="body">
        {view.kind === "loading" && <p aria-live="polite">{t("cardLoading")}</p>}
        {view.kind === "error" && <p role="alert">{view.message}</p>}
        {view.kind === "missing" && <Missing view={view} onOpenTerm={props.onOpenTerm} />}
        {view.kind === "term" && <TermBody view={view} onOpenTerm={props.onOpenTerm} />}
      </div>
      {props.siteName && (
        <div class="foot">
          <button type="button" class="link" onClick={props.onDisableSite}>
            {t("cardDisableSite", props.siteName)}
          </button>
        </div>
      )}
    </div>
  );
}

function TermBody({
  view,
  onOpenTerm,
}: {
  view: Extract<CardView, { kind: "term" }>;
  onOpenTerm: (id: string) => void;
}) {
  const { term, related, articles } = view.data;
  return (
    <>
      {showsMatchedForm(view.matched, term.label) && (
        <p class="matched">
          <span class="form">{view.matched}</span> → {term.label}
        </p>
      )}
      <p class="summary">{term.summary}</p>
      <p>{term.explanation}</p>
      <section aria-labelledby="bs-runners">
        <h3 id="bs-runners">{t("cardWhyRunners")}</h3>
        <p>{term.forRunners}</p>
      </section>
      <RelatedTerms related={related} onOpen={onOpenTerm} />
      <RelatedReading articles={articles} />
      <Sources sources={term.sources} />
    </>
  );
}

function Missing({
  view,
  onOpenTerm,
}: {
  view: Extract<CardView, { kind: "missing" }>;
  onOpenTerm: (id: string) => void;
}) {
  return (
    <>
      <p>{t("cardNotInGlossary", view.text)}</p>
      {view.suggestions.length > 0 && (
        <section aria-labelledby="bs-suggest">
          <h3 id="bs-suggest">{t("cardDidYouMean")}</h3>
          <TermChips terms={view.suggestions} onOpen={onOpenTerm} />
        </section>
      )}
    </>
  );
}

/** Esc closes; Tab and Shift+Tab wrap around inside the card. */
function onKeyDown(e: KeyboardEvent, dialog: HTMLElement | null, close: () => void): void {
  if (e.key === "Escape") {
    e.preventDefault();
    e.stopPropagation();
    close();
    return;
  }
  if (e.key !== "Tab" || !dialog) return;
  const focusable = [...dialog.querySelectorAll<HTMLElement>("button, a[href]")];
  if (focusable.length === 0) return;
  const first = focusable[0]!;
  const last = focusable[focusable.length - 1]!;
  const active = (dialog.getRootNode() as ShadowRoot).activeElement;
  if (e.shiftKey && (active === first || active === dialog)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && active === last) {
    e.preventDefault();
    first.focus();
  }
}
