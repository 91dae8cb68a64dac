import { useId } from "preact/hooks";
import type { Term } from "../../core/glossary-schema.ts";
import { AccessNotice } from "./AccessNotice.tsx";
import { TermList } from "./TermList.tsx";
import type { HostAccess, Order, PageState } from "./types.ts";
import { t } from "../../platform/i18n.ts";

// "On this page": the term list, or a plain sentence saying why there is none.

export interface PageTermsProps {
  page: PageState;
  access: HostAccess | null;
  terms: ReadonlyMap<string, Term>;
  order: Order;
  onOrder(order: Order): void;
  onReveal(termId: string): void;
  onGrantAccess(): void;
  onReload(): void;
}

export function PageTerms(props: PageTermsProps) {
  const id = useId();
  const { page, access } = props;
  const needsAccess = access !== null && !access.granted;
  return (
    <section class="page" aria-labelledby={id}>
      <h2 id={id}>{t("popupOnThisPage")}</h2>
      {needsAccess && <AccessNotice access={access} onGrantAccess={props.onGrantAccess} />}
      {page.kind === "loading" && (
        <p class="status" role="status">
          {t("popupLooking")}
        </p>
      )}
      {page.kind === "restricted" && (
        <p class="status">{`${t("popupCantRead")} ${t("popupRestricted")} ${t("popupSearchStillWorks")}`}</p>
      )}
      {page.kind === "unreachable" && !needsAccess && (
        <div class="status">
          <p>{`${t("popupCantRead")} ${t("popupUnreachable")} ${t("popupSearchStillWorks")}`}</p>
          <button type="button" onClick={() => props.onReload()}>
            {t("popupReload")}
          </button>
        </div>
      )}
      {page.kind === "listed" && !page.active && <p class="status">{t("popupSwitchedOff")}</p>}
      {page.kind === "listed" && page.active && page.terms.length === 0 && (
        <p class="status">{t("popupNoTerms")}</p>
      )}
      {page.kind === "listed" && page.active && page.terms.length > 0 && (
        <TermList
          pageTerms={page.terms}
          terms={props.terms}
          order={props.order}
          onOrder={props.onOrder}
          onReveal={props.onReveal}
        />
      )}
    </section>
  );
}
