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
  return titleFinder([{ id: "", title }])(candidate).length > 0;
}

/**
 * `titleMatches` for many candidates against the same titles (every link of a page): titles
 * are normalised once, and a candidate is normalised only when it contains a title's longest
 * word — most links of a page are rejected by one `includes`.
 */
export function titleFinder(
  titles: readonly { id: string; title: string }[],
): (candidate: string) => string[] {
  const prepared = titles
    .map(({ id, title }) => {
      const normal = normalizeTitle(title);
      const longest = normal.split(" ").reduce((a, b) => (b.length > a.length ? b : a), "");
      return { id, normal, longest };
    })
    .filter((t) => t.normal.length > 0);
  return (candidate) => {
    // Normalising can turn other characters into ASCII (ligatures, full-width letters): only
    // ASCII text can be rejected on its raw form.
    const raw = isAscii(candidate) ? candidate.toLowerCase().replace(/['`]/g, "") : null;
    let normal: string | null = null;
    const ids: string[] = [];
    for (const t of prepared) {
      if (raw !== null && !raw.includes(t.longest)) continue;
      normal ??= normalizeTitle(candidate);
      if (
        normal === t.normal ||
        (t.normal.length >= MIN_DISTINCTIVE && ` ${normal} `.includes(` ${t.normal} `))
      )
        ids.push(t.id);
    }
    return ids;
  };
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}
