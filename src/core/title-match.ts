// Recognising an article by its title on a page (its <title>, main heading or a link to it),
// tolerant of punctuation, case, quotes and dashes: "The biomechanics of running backwards."
// matches "The Biomechanics of Running Backwards – Trail Notes".

/** Lower case letters and digits, single spaces between words. */
export function normalizeTitle(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const MIN_DISTINCTIVE = 15; // shorter titles ("Running") would match half the web

/**
 * Whether `candidate` names the article titled `title`: equal after normalising, or containing
 * the whole title at word boundaries (page titles add the blog name, links add "Continue reading").
 */
export function titleMatches(title: string, candidate: string): boolean {
  const t = normalizeTitle(title);
  const c = normalizeTitle(candidate);
  if (t.length === 0 || c.length === 0) return false;
  if (t === c) return true;
  return t.length >= MIN_DISTINCTIVE && ` ${c} `.includes(` ${t} `);
}
