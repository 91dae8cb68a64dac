import { useMemo, useRef, useState } from "preact/hooks";
import type { Term } from "../../core/glossary-schema.ts";
import type { ArticleLink } from "../../messaging/protocol.ts";
import { PageReading } from "./PageReading.tsx";
import { PageTerms } from "./PageTerms.tsx";
import { SiteSwitches } from "./SiteSwitches.tsx";
import { TermDetails } from "./TermDetails.tsx";
import { TermSearch } from "./TermSearch.tsx";
import type { HostAccess, Order, PageState } from "./types.ts";
import { t } from "../../platform/i18n.ts";

// The whole popup, from plain data and callbacks. Only view state lives here: the search
// query, the terms being read (a trail, so Back returns through related terms) and the order.

export interface PopupProps {
  page: PageState;
  access: HostAccess | null;
  site: string | null;
  siteOn: boolean;
  enabled: boolean;
  terms: ReadonlyMap<string, Term>;
  /** Articles ranked by the page's terms; empty until known. */
  reading?: readonly ArticleLink[];
  search(query: string): Term[];
  error?: string | null;
  onReveal(termId: string): void;
  onSetSiteActive(active: boolean): void;
  onSetEnabled(enabled: boolean): void;
  onGrantAccess(): void;
  onReload(): void;
  onOpenOptions?(): void;
}

export function Popup(props: PopupProps) {
  const { terms, search } = props;
  const [query, setQuery] = useState("");
  const [trail, setTrail] = useState<string[]>([]);
  const [order, setOrder] = useState<Order>("page");
  const searchInput = useRef<HTMLInputElement>(null);
  const results = useMemo(() => (query.trim() === "" ? [] : search(query)), [query, search]);
  const current = trail.length > 0 ? terms.get(trail[trail.length - 1]!) : undefined;

  const back = () => {
    setTrail(trail.slice(0, -1));
    if (trail.length <= 1) searchInput.current?.focus();
  };

  return (
    <>
      <header class="top">
        <h1>Backstride</h1>
        <SiteSwitches
          site={props.site}
          siteOn={props.siteOn}
          enabled={props.enabled}
          onSetSiteActive={props.onSetSiteActive}
          onSetEnabled={props.onSetEnabled}
        />
      </header>
      <main>
        {props.error && (
          <p class="error" role="alert">
            {props.error}
          </p>
        )}
        <TermSearch
          query={query}
          results={results}
          showResults={current === undefined}
          inputRef={searchInput}
          onQuery={(q) => {
            setQuery(q);
            setTrail([]);
          }}
          onPick={(id) => setTrail([id])}
        />
        {current ? (
          <TermDetails
            term={current}
            related={current.related.flatMap((id) => {
              const r = terms.get(id);
              return r ? [{ id: r.id, label: r.label }] : [];
            })}
            onSelect={(id) => setTrail([...trail, id])}
            onBack={back}
          />
        ) : (
          <PageTerms
            page={props.page}
            access={props.access}
            terms={terms}
            order={order}
            onOrder={setOrder}
            onReveal={props.onReveal}
            onGrantAccess={props.onGrantAccess}
            onReload={props.onReload}
          />
        )}
        {!current && <PageReading articles={props.reading ?? []} />}
      </main>
      {props.onOpenOptions && (
        <footer class="bottom">
          <button type="button" class="link" onClick={() => props.onOpenOptions?.()}>
            {t("popupOpenOptions")}
          </button>
        </footer>
      )}
    </>
  );
}
