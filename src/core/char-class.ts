// Character classes for matching. Page text arrives raw (curly quotes, NBSP, soft hyphens,
// zero-width joiners from CMS editors); classifying each code unit once lets the matcher
// normalise on the fly instead of building a normalised copy of megabytes of text.

export const WORD = 1;
export const IGNORABLE = 2; // soft hyphen and zero-width characters: invisible, skipped inside words
export const APOSTROPHE = 3;
export const SPACE = 4; // any white space a browser would collapse or wrap at, NBSP included
export const HYPHEN = 5;
export const BREAK = 6; // punctuation, block boundaries (U+2029) and everything else

export type CharKind = 1 | 2 | 3 | 4 | 5 | 6;

/** The block separator the text model puts between blocks; never joins words of a phrase. */
export const BLOCK_BREAK = "\u2029";

const IGNORABLES = [0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];
const APOSTROPHES = [0x27, 0x2019, 0x2018, 0x2bc, 0x2032];
const SPACES = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
  0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x202f, 0x205f, 0x3000,
];
const HYPHENS = [0x2d, 0x2010, 0x2011];
const LETTER_OR_DIGIT = /^[\p{L}\p{M}\p{N}]$/u;

// Lazily filled per code unit: 0 means "not classified yet".
const kinds = new Uint8Array(0x10000);
const lowers = new Uint16Array(0x10000);

for (const c of IGNORABLES) kinds[c] = IGNORABLE;
for (const c of APOSTROPHES) kinds[c] = APOSTROPHE;
for (const c of SPACES) kinds[c] = SPACE;
for (const c of HYPHENS) kinds[c] = HYPHEN;

function classifySlow(code: number): CharKind {
  // Latin-1 by hand: compiling the Unicode property pattern costs a millisecond or more, which
  // a page in English or another Western language should never pay.
  if (code < 0x100) {
    const letterOrDigit =
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x61 && code <= 0x7a) ||
      code === 0xaa ||
      code === 0xb2 ||
      code === 0xb3 ||
      code === 0xb5 ||
      code === 0xb9 ||
      code === 0xba ||
      (code >= 0xbc && code <= 0xbe) ||
      (code >= 0xc0 && code !== 0xd7 && code !== 0xf7);
    return letterOrDigit ? WORD : BREAK;
  }
  // Lone surrogates belong to astral characters (CJK extensions, emoji): treat them as word
  // characters so that a term glued to them is not a whole word.
  if (code >= 0xd800 && code <= 0xdfff) return WORD;
  // Blocks that are all letters and marks, or all punctuation and symbols, by hand too: nearly
  // every page has a dash, an ellipsis or curly double quotes, and the first of them would
  // otherwise compile the pattern below (1.3 ms of a page's time, measured in Chromium).
  const known = byBlock(code);
  if (known) return known;
  return LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? WORD : BREAK;
}

/** WORD or BREAK for a code unit in a block that is uniformly one or the other; 0 elsewhere. */
function byBlock(code: number): CharKind | 0 {
  if (code < 0x2b0) return WORD; // Latin Extended-A and -B, IPA
  if (code >= 0x300 && code < 0x370) return WORD; // combining diacritical marks
  if (code >= 0x400 && code < 0x530) return code === 0x482 ? BREAK : WORD; // Cyrillic (0x482: ҂)
  if (code >= 0x2000 && code < 0x2070) return BREAK; // general punctuation
  if (code >= 0x20a0 && code < 0x20d0) return BREAK; // currency symbols
  if (code >= 0x2190 && code < 0x2400) return BREAK; // arrows, mathematical operators, technical
  if (code >= 0x2500 && code < 0x2700) return BREAK; // box drawing, shapes, miscellaneous symbols
  if (code >= 0x4e00 && code < 0xa000) return WORD; // CJK unified ideographs
  if (code >= 0xac00 && code < 0xd7a4) return WORD; // Hangul syllables
  return 0;
}

export function kindOf(code: number): CharKind {
  let k = kinds[code]!;
  if (k === 0) {
    k = classifySlow(code);
    kinds[code] = k;
  }
  return k as CharKind;
}

/** Lower-cases one UTF-16 code unit; characters whose lower case is longer stay as they are. */
export function lowerOf(code: number): number {
  let l = lowers[code]!;
  if (l === 0) {
    if (code >= 0x41 && code <= 0x5a) l = code + 32;
    else if (code < 0x80) l = code;
    else {
      const s = String.fromCharCode(code).toLowerCase();
      l = s.length === 1 ? s.charCodeAt(0) : code;
    }
    lowers[code] = l;
  }
  return l;
}
