// Only http(s) addresses are ever linked, fetched, learned or switched off by: one place decides
// what counts as one, for imports, feeds, pages and messages alike.

/** `url` parsed (against `base`, when given) if it is an http(s) address; null otherwise. */
export function httpUrl(url: string, base?: string): URL | null {
  try {
    const u = new URL(url, base);
    return u.protocol === "http:" || u.protocol === "https:" ? u : null;
  } catch {
    return null;
  }
}
