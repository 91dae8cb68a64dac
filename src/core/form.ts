import { APOSTROPHE, IGNORABLE, WORD, kindOf, lowerOf } from "./char-class.ts";

/**
 * A glossary form prepared for the matcher: `key` is what the trie is built from (lower case,
 * one space between words, straight apostrophes); `template` is the same text in its original
 * case, and `sensitive[i]` says whether character i must match the page text exactly.
 */
export interface PreparedForm {
  key: string;
  template: string;
  sensitive: boolean[] | null;
}

/** A form can be matched when it is words joined by single spaces or hyphens, apostrophes inside words. */
export function formProblem(form: string): string | null {
  if (form.trim() !== form) return "has leading or trailing white space";
  const tokens = form.split(/[\s\-\u2010\u2011]+/u);
  for (const token of tokens) {
    if (token === "") return "has an empty word";
    for (let i = 0; i < token.length; i++) {
      const k = kindOf(token.charCodeAt(i));
      if (k === WORD || k === IGNORABLE) continue;
      if (k === APOSTROPHE && i > 0 && i < token.length - 1) continue;
      return `contains ${JSON.stringify(token[i])}, which the matcher treats as a word boundary`;
    }
  }
  return null;
}

/** Two or more capitals in a word ("CoG", "IT", "GRF") mark an abbreviation-like token. */
export function isAbbreviationToken(token: string): boolean {
  let capitals = 0;
  for (const ch of token) if (ch !== ch.toLowerCase()) capitals++;
  return capitals >= 2;
}

/**
 * Prepares a form. With `caseSensitive`, every letter must match exactly (abbreviations);
 * otherwise only abbreviation-like tokens inside the phrase do ("IT band").
 */
export function prepareForm(form: string, caseSensitive: boolean): PreparedForm {
  let key = "";
  let template = "";
  const mask: boolean[] = [];
  const tokens = form.split(/[\s\-\u2010\u2011]+/u).filter((t) => t !== "");
  tokens.forEach((token, t) => {
    if (t > 0) {
      key += " ";
      template += " ";
      mask.push(false);
    }
    const tokenSensitive = caseSensitive || isAbbreviationToken(token);
    for (let i = 0; i < token.length; i++) {
      const code = token.charCodeAt(i);
      const kind = kindOf(code);
      if (kind === IGNORABLE) continue;
      const normal = kind === APOSTROPHE ? 0x27 : code;
      key += String.fromCharCode(kind === APOSTROPHE ? 0x27 : lowerOf(code));
      template += String.fromCharCode(normal);
      mask.push(tokenSensitive);
    }
  });
  return { key, template, sensitive: mask.some(Boolean) ? mask : null };
}
