import { httpUrl } from "../core/http-url.ts";
import { titleFinder } from "../core/title-match.ts";

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
  const steps = discoverySteps(doc, titles, Infinity);
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}

/** The same, pausing after every `stepLinks` links so a caller can give the page its turn. */
export function* discoverySteps(
  doc: Document,
  titles: readonly KnownTitle[],
  stepLinks: number,
): Generator<void, Discovery[]> {
  if (titles.length === 0) return [];
  const find = titleFinder(titles);
  const found = new Map<string, string>();
  const self = pageAddress(doc);
  const names = [doc.title, ...[...doc.querySelectorAll("h1")].slice(0, 3).map((h) => h.textContent ?? "")];
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute("content");
  if (og) names.push(og);
  if (self) for (const name of names) for (const id of find(name)) found.set(id, self);
  const links = doc.querySelectorAll<HTMLAnchorElement>("a[href]");
  for (let i = 0; i < links.length && i < MAX_LINKS; i++) {
    if (i > 0 && i % stepLinks === 0) yield;
    const a = links[i]!;
    const text = a.textContent ?? "";
    if (text.length < 3 || text.length > 400) continue;
    const ids = find(text).filter((id) => !found.has(id));
    if (ids.length === 0) continue;
    // Parsing the address only for the rare link that names an article.
    const url = httpAddress(a.href);
    if (!url || url === self) continue;
    for (const id of ids) found.set(id, url);
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

/** An http(s) address without its fragment: one article, wherever on it a link points. */
function httpAddress(href: string): string | null {
  const u = httpUrl(href);
  if (!u) return null;
  u.hash = "";
  return u.href;
}
