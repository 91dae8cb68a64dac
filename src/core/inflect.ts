// Plural and possessive forms of a glossary phrase, generated at compile time so the scan stays
// one dictionary walk. Only the last word inflects: "stress fracture" → "stress fractures".

const IRREGULAR_PLURALS: Record<string, string> = {
  foot: "feet",
  calf: "calves",
  half: "halves",
  meniscus: "menisci",
  vertebra: "vertebrae",
  tooth: "teeth",
  man: "men",
  woman: "women",
  child: "children",
};

function pluralOf(word: string): string | null {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR_PLURALS[lower];
  if (irregular) return word === lower ? irregular : null;
  if (/s$/i.test(word)) return null; // already plural, or a Latin singular: "pelvis", "fasciitis"
  if (/(x|z|ch|sh)$/i.test(word)) return `${word}es`;
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  if (!/[a-z]$/i.test(word)) return null;
  return `${word}s`;
}

/**
 * Inflected variants of `form` (not including the form itself). Case is kept: the plural of the
 * abbreviation "GRF" is "GRFs", and an abbreviation's variants stay case-sensitive.
 */
export function inflections(form: string): string[] {
  const match = /^(.*?)([\p{L}\p{M}\p{N}'’]+)$/u.exec(form);
  if (!match) return [];
  const [, head, last] = match as unknown as [string, string, string];
  const variants: string[] = [];
  const plural = pluralOf(last);
  if (plural) variants.push(head + plural);
  if (!/s$/i.test(last) && !/['’]/.test(last)) variants.push(`${form}'s`);
  return variants;
}
