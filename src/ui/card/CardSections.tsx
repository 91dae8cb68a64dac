import { httpUrl } from "../../core/http-url.ts";
import type { CardData } from "../../messaging/protocol.ts";
import { safeHref } from "./card-view.ts";
import { t } from "../../platform/i18n.ts";

type TermRefs = CardData["related"];

/** Terms as buttons that open their own card in place. */
export function TermChips({ terms, onOpen }: { terms: TermRefs; onOpen: (id: string) => void }) {
  return (
    <ul class="chips">
      {terms.map((r) => (
        <li key={r.id}>
          <button type="button" class="chip" onClick={() => onOpen(r.id)}>
            {r.label}
          </button>
        </li>
      ))}
    </ul>
  );
}

export function RelatedTerms({ related, onOpen }: { related: TermRefs; onOpen: (id: string) => void }) {
  if (related.length === 0) return null;
  return (
    <section aria-labelledby="bs-related">
      <h3 id="bs-related">{t("cardRelatedTerms")}</h3>
      <TermChips terms={related} onOpen={onOpen} />
    </section>
  );
}

export function RelatedReading({ articles }: { articles: CardData["articles"] }) {
  const links = articles.flatMap((a) => {
    const url = httpUrl(a.url);
    // The site as a reader recognises it: "example.com" for https://www.example.com/post.
    return url ? [{ ...a, href: url.href, site: url.host.replace(/^www\./, "") }] : [];
  });
  if (links.length === 0) return null;
  return (
    <section aria-labelledby="bs-reading">
      <h3 id="bs-reading">{t("cardRelatedReading")}</h3>
      <ul class="links">
        {links.map((a) => (
          <li key={a.href}>
            <a href={a.href} target="_blank" rel="noopener noreferrer">
              {a.isSearch ? t("cardFindArticle", a.title) : a.title}
            </a>
            <span class="reason">
              {a.reason}
              {/* Where a learned address leads: a page can claim an article's title, so the reader sees whose site it is. */}
              {!a.isSearch && <span class="site">{t("cardArticleSite", a.site)}</span>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Sources({ sources }: { sources: CardData["term"]["sources"] }) {
  return (
    <section aria-labelledby="bs-sources">
      <h3 id="bs-sources">{t("cardSources")}</h3>
      <ul class="links">
        {sources.map((s) => {
          const href = safeHref(s.url);
          return (
            <li key={s.url}>
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {s.title}
                </a>
              ) : (
                s.title
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
