import { APOSTROPHE, HYPHEN, IGNORABLE, SPACE, WORD, kindOf, lowerOf } from "./char-class.ts";
import type { CaseRule, CompiledTrie } from "./compiled-trie.ts";

/** One phrase to recognise and the term it stands for. */
export interface FormEntry {
  termId: string;
  form: string;
  caseSensitive: boolean;
}

/** A match in the scanned text: [start, end) in UTF-16 code units. */
export interface Match {
  start: number;
  end: number;
  termId: string;
}

const SEPARATOR = 0x20;
const ROOT_TABLE = 0x80;

/**
 * A compiled glossary (see trie-builder.ts for building one). `scan` walks the text once; at
 * each word start it follows a character trie of normalised forms as far as the text allows, so
 * the cost per character does not depend on how many terms there are. The longest form ending
 * on a word boundary wins, and scanning resumes after it: leftmost-longest, never overlapping.
 */
export class Matcher {
  private readonly first: Uint32Array;
  private readonly label: Uint16Array;
  private readonly outFirst: Uint32Array;
  private readonly outTerm: Uint32Array;
  private readonly outCase: Int32Array;
  private readonly terms: string[];
  private readonly cases: CaseRule[];
  /** The root's children by ASCII character: most words are rejected with one lookup. */
  private readonly rootChild = new Int32Array(ROOT_TABLE).fill(-1);

  constructor(trie: CompiledTrie) {
    ({
      first: this.first,
      label: this.label,
      outFirst: this.outFirst,
      outTerm: this.outTerm,
      outCase: this.outCase,
      terms: this.terms,
      cases: this.cases,
    } = trie);
    for (let c = this.first[0]!; c < this.first[1]!; c++) {
      if (this.label[c]! < ROOT_TABLE) this.rootChild[this.label[c]!] = c;
    }
  }

  /** Matches that start in [from, to) and end by `to`. */
  scan(text: string, from = 0, to = text.length): Match[] {
    const matches: Match[] = [];
    this.scanInto(matches, text, from, to, from, to);
    return matches;
  }

  /**
   * Matches that start in [from, to), reading past `to` where a word or phrase goes on, plus
   * where the next window must start. Scanning a text window after window gives exactly the
   * matches of one scan, wherever the windows are cut.
   */
  scanWindow(text: string, from: number, to: number): { matches: Match[]; next: number } {
    const matches: Match[] = [];
    const next = this.scanInto(matches, text, from, to, 0, text.length);
    return { matches, next };
  }

  /** Scans word starts in [from, to) with text visible in [lower, upper); returns where it stopped. */
  private scanInto(
    matches: Match[],
    text: string,
    from: number,
    to: number,
    lower: number,
    upper: number,
  ): number {
    let i = from;
    while (i < to) {
      const code = text.charCodeAt(i);
      if (kindOf(code) !== WORD) {
        i++;
        continue;
      }
      this.walked = i;
      // Most words start no form: one table lookup decides before any trie walk.
      const lower0 = lowerOf(code);
      if ((lower0 >= ROOT_TABLE || this.rootChild[lower0]! >= 0) && !continuesCompound(text, i, lower)) {
        const found = this.longestAt(text, i, upper);
        if (found) {
          matches.push(found);
          i = found.end;
          continue;
        }
      }
      // The trie walk already read part of the word: finish it from there, not from its start.
      i = wordEnd(text, this.walked > i ? this.walked : i, upper);
    }
    return i;
  }

  private child(node: number, code: number): number {
    if (node === 0 && code < ROOT_TABLE) return this.rootChild[code]!;
    let lo = this.first[node]!;
    let hi = this.first[node + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = this.label[mid]!;
      if (c === code) return mid;
      if (c < code) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** How far the last trie walk got inside its first word. */
  private walked = 0;

  private longestAt(text: string, start: number, to: number): Match | null {
    let node = 0;
    let bestEnd = -1;
    let bestTerm = "";
    let pos = start;
    let inFirstWord = true;
    this.walked = start;
    while (pos < to) {
      const code = text.charCodeAt(pos);
      const kind = kindOf(code);
      if (kind === WORD || (kind === APOSTROPHE && isInnerApostrophe(text, pos, to))) {
        node = this.child(node, kind === WORD ? lowerOf(code) : 0x27);
        if (node < 0) break;
        pos++;
        if (inFirstWord) this.walked = pos;
        if (this.outFirst[node]! < this.outFirst[node + 1]! && isWordEnd(text, pos, to)) {
          const termId = this.accept(node, text, start, pos);
          if (termId !== null) {
            bestEnd = pos;
            bestTerm = termId;
          }
        }
      } else if (kind === IGNORABLE) {
        pos++;
      } else if (kind === SPACE || kind === HYPHEN) {
        inFirstWord = false;
        const next = separatorEnd(text, pos, to);
        if (next < 0) break;
        node = this.child(node, SEPARATOR);
        if (node < 0) break;
        pos = next;
      } else break;
    }
    return bestEnd < 0 ? null : { start, end: bestEnd, termId: bestTerm };
  }

  private accept(node: number, text: string, start: number, end: number): string | null {
    let original: string | null = null;
    for (let o = this.outFirst[node]!; o < this.outFirst[node + 1]!; o++) {
      const rule = this.outCase[o]!;
      if (rule < 0) return this.terms[this.outTerm[o]!]!;
      original ??= normalisedOriginal(text, start, end);
      if (sameAtSensitive(original, this.cases[rule]!)) return this.terms[this.outTerm[o]!]!;
    }
    return null;
  }
}

function sameAtSensitive(original: string, out: CaseRule): boolean {
  if (original.length !== out.template.length) return false;
  for (let i = 0; i < original.length; i++) {
    if (out.sensitive[i] && original.charCodeAt(i) !== out.template.charCodeAt(i)) return false;
  }
  return true;
}

/** The span as the trie saw it, but in its original case. */
function normalisedOriginal(text: string, start: number, end: number): string {
  let out = "";
  let pos = start;
  while (pos < end) {
    const kind = kindOf(text.charCodeAt(pos));
    if (kind === WORD) out += text[pos];
    else if (kind === APOSTROPHE) out += "'";
    else if (kind === SPACE || kind === HYPHEN) {
      out += " ";
      pos = separatorEnd(text, pos, end) - 1;
    }
    pos++;
  }
  return out;
}

function isInnerApostrophe(text: string, pos: number, to: number): boolean {
  return pos + 1 < to && kindOf(text.charCodeAt(pos + 1)) === WORD;
}

/** Index of the next character that is not ignorable, or `to`. */
function skipIgnorables(text: string, pos: number, to: number): number {
  while (pos < to && kindOf(text.charCodeAt(pos)) === IGNORABLE) pos++;
  return pos;
}

/**
 * Where the next word starts after a separator at `pos`: a run of white space, or one hyphen
 * joining two words ("retro-running"). -1 when the separator cannot join a phrase.
 */
function separatorEnd(text: string, pos: number, to: number): number {
  if (kindOf(text.charCodeAt(pos)) === HYPHEN) pos++;
  else while (pos < to && kindOf(text.charCodeAt(pos)) === SPACE) pos++;
  pos = skipIgnorables(text, pos, to);
  return pos < to && kindOf(text.charCodeAt(pos)) === WORD ? pos : -1;
}

/** True when a word ends at `pos`: no letter, inner apostrophe or compound hyphen follows. */
function isWordEnd(text: string, pos: number, to: number): boolean {
  pos = skipIgnorables(text, pos, to);
  if (pos >= to) return true;
  const kind = kindOf(text.charCodeAt(pos));
  if (kind === WORD) return false;
  if (kind === APOSTROPHE || kind === HYPHEN)
    return !(pos + 1 < to && kindOf(text.charCodeAt(pos + 1)) === WORD);
  return true;
}

/** True when the word at `pos` is the second part of a hyphenated compound ("hip-hop"). */
function continuesCompound(text: string, pos: number, from: number): boolean {
  let p = pos - 1;
  while (p >= from && kindOf(text.charCodeAt(p)) === IGNORABLE) p--;
  if (p < from || kindOf(text.charCodeAt(p)) !== HYPHEN) return false;
  return p - 1 >= from && kindOf(text.charCodeAt(p - 1)) === WORD;
}

function wordEnd(text: string, pos: number, to: number): number {
  while (pos < to) {
    const kind = kindOf(text.charCodeAt(pos));
    if (kind === WORD || kind === IGNORABLE) pos++;
    else if (kind === APOSTROPHE && isInnerApostrophe(text, pos, to)) pos++;
    else break;
  }
  return pos;
}
