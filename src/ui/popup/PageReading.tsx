import type { ArticleLink } from "../../messaging/protocol.ts";
import { safeHref } from "../card/card-view.ts";
import { t } from "../../platform/i18n.ts";

/** "Reading for this page": articles ranked by every term the page mentions. */
export function PageReading({ articles }: { articles: readonly ArticleLink[] }) {
  const links = articles.flatMap((a) => {
    const href = safeHref(a.url);
    return href ? [{ ...a, href }] : [];
  });
  if (links.length === 0) return null;
  return (
    <section class="reading" aria-labelledby="reading-h">
      <h2 id="reading-h">{t("popupReadingHeading")}</h2>
      <ul class="reading-list">
        {links.map((a) => (
          <li key={a.id}>
            <a href={a.href} target="_blank" rel="noopener noreferrer">
              {a.isSearch ? t("cardFindArticle", a.title) : a.title}
            </a>
            <span class="muted"> — {a.reason}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
