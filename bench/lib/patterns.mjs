// The glossary's forms as regular expressions for the competitors. mark.js gets the forms only
// (no generated plurals), as the issue specifies: its job is strictly smaller than Backstride's.

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A form's words may be separated by any run of white space, as on a page. */
const source = (form) => form.trim().split(/\s+/).map(escape).join("\\s+");
const byLength = (a, b) => b.length - a.length || (a < b ? -1 : 1);

/**
 * One RegExp for all forms: phrases case-insensitive through a `(?i:…)` modifier group
 * (Chrome 125+), abbreviations case-sensitive, longest alternatives first, whole words only.
 */
export function combinedPattern(forms) {
  const insensitive = [...new Set(forms.filter((f) => !f.caseSensitive).map((f) => source(f.form)))];
  const sensitive = [...new Set(forms.filter((f) => f.caseSensitive).map((f) => source(f.form)))];
  const parts = [];
  if (insensitive.length) parts.push(`(?i:${insensitive.sort(byLength).join("|")})`);
  parts.push(...sensitive.sort(byLength));
  return { pattern: `\\b(?:${parts.join("|")})\\b`, flags: "g" };
}

/** One RegExp per form, for the naive approach. */
export function perFormPatterns(forms) {
  return forms.map((f) => [`\\b${source(f.form)}\\b`, f.caseSensitive ? "g" : "gi"]);
}
