import { titleMatches } from "../core/title-match.ts";

// Learning where articles really live. A page *is* an article when its title, main heading or
// og:title names it; a page *links* to one when a link's text names it ("Continue reading The
// biomechanics of running backwards."). Only http(s) addresses are ever reported.

export interface KnownTitle {
  id: string;
  title: string;
}

export interface Discovery {
  articleId: string;
  url: string;
}

const MAX_LINKS = 5000; // a page with more links than this is not a blog archive

export function discoverArticles(doc: Document, titles: readonly KnownTitle[]): Discovery[] {
  if (titles.length === 0) return [];
  const found = new Map<string, string>();
  const self = pageAddress(doc);
  const names = [doc.title, ...[...doc.querySelectorAll("h1")].slice(0, 3).map((h) => h.textContent ?? "")];
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute("content");
  if (og) names.push(og);
  for (const t of titles) {
    if (self && names.some((n) => titleMatches(t.title, n))) found.set(t.id, self);
  }
  const links = doc.querySelectorAll<HTMLAnchorElement>("a[href]");
  for (let i = 0; i < links.length && i < MAX_LINKS; i++) {
    const a = links[i]!;
    const text = a.textContent ?? "";
    if (text.length < 3 || text.length > 400) continue;
    const url = httpAddress(a.href);
    if (!url || url === self) continue;
    for (const t of titles) if (!found.has(t.id) && titleMatches(t.title, text)) found.set(t.id, url);
  }
  return [...found].map(([articleId, url]) => ({ articleId, url }));
}

/** The page's own address: its canonical link when it is on the same site, else its URL. */
function pageAddress(doc: Document): string | null {
  const here = httpAddress(doc.location?.href ?? doc.URL);
  const canonical = httpAddress(doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? "");
  if (canonical && here && new URL(canonical).host === new URL(here).host) return canonical;
  return here;
}

function httpAddress(href: string): string | null {
  try {
    const u = new URL(href);
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    u.hash = "";
    return u.href;
  } catch {
    return null;
  }
}
