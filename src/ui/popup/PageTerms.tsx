import { useId } from "preact/hooks";
import type { Term } from "../../core/glossary-schema.ts";
import { AccessNotice } from "./AccessNotice.tsx";
import { TermList } from "./TermList.tsx";
import type { HostAccess, Order, PageState } from "./types.ts";

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

export const CANT_READ = "Backstride can't read this page.";
export const NO_TERMS = "No running terms found on this page.";
const SEARCH_STILL_WORKS = "You can still look up any term above.";

export function PageTerms(props: PageTermsProps) {
  const id = useId();
  const { page, access } = props;
  const needsAccess = access !== null && !access.granted;
  return (
    <section class="page" aria-labelledby={id}>
      <h2 id={id}>On this page</h2>
      {needsAccess && <AccessNotice access={access} onGrantAccess={props.onGrantAccess} />}
      {page.kind === "loading" && (
        <p class="status" role="status">
          Looking for running terms…
        </p>
      )}
      {page.kind === "restricted" && (
        <p class="status">
          {CANT_READ} Browsers keep extensions out of their own pages, such as settings, new tabs and add-on
          stores. {SEARCH_STILL_WORKS}
        </p>
      )}
      {page.kind === "unreachable" && !needsAccess && (
        <div class="status">
          <p>
            {CANT_READ} Some sites, such as extension stores, are off limits to extensions. If the page was
            open before Backstride was installed or updated, reloading it helps. {SEARCH_STILL_WORKS}
          </p>
          <button type="button" onClick={() => props.onReload()}>
            Reload page
          </button>
        </div>
      )}
      {page.kind === "listed" && !page.active && (
        <p class="status">
          Backstride is switched off for this page, so its terms aren't listed. Switch it on above to
          highlight them.
        </p>
      )}
      {page.kind === "listed" && page.active && page.terms.length === 0 && <p class="status">{NO_TERMS}</p>}
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
