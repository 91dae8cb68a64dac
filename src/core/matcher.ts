import { APOSTROPHE, HYPHEN, IGNORABLE, SPACE, WORD, kindOf, lowerOf } from "./char-class.ts";
import { prepareForm } from "./form.ts";
import { inflections } from "./inflect.ts";

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

interface Output {
  termId: string;
  /** Lower wins when several forms share the same letters: see `rank`. */
  rank: number;
  template: string;
  sensitive: boolean[] | null;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  outputs: Output[] | null;
}

const SEPARATOR = 0x20;
const newNode = (): TrieNode => ({ next: new Map(), outputs: null });

/**
 * A compiled glossary. `scan` walks the text once; at each word start it follows a character
 * trie of normalised forms as far as the text allows, so the cost per character does not depend
 * on how many terms there are. The longest form ending on a word boundary wins, and scanning
 * resumes after it: leftmost-longest, never overlapping.
 */
export class Matcher {
  private readonly root = newNode();
  private readonly seen = new Set<string>();

  constructor(entries: readonly FormEntry[]) {
    // Explicit forms first, so a generated plural never takes a phrase that a term owns.
    for (const e of entries) this.add(e.termId, e.form, e.caseSensitive, false);
    for (const e of entries) {
      for (const variant of inflections(e.form)) this.add(e.termId, variant, e.caseSensitive, true);
    }
  }

  private add(termId: string, form: string, caseSensitive: boolean, generated: boolean): void {
    const prepared = prepareForm(form, caseSensitive);
    const identity = prepared.sensitive ? `${prepared.key}\u0000${prepared.template}` : prepared.key;
    if (prepared.key === "" || this.seen.has(identity)) return;
    this.seen.add(identity);
    let node = this.root;
    for (let i = 0; i < prepared.key.length; i++) {
      const code = prepared.key.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) {
        child = newNode();
        node.next.set(code, child);
      }
      node = child;
    }
    // Where forms share letters ("ITBS", and "ITBs" the plural of "ITB"), a form a term lists
    // beats a generated one, and an exact-case form beats a case-insensitive one.
    const rank = (generated ? 2 : 0) + (prepared.sensitive ? 0 : 1);
    const output = { termId, rank, template: prepared.template, sensitive: prepared.sensitive };
    node.outputs ??= [];
    const at = node.outputs.findIndex((o) => o.rank > rank);
    node.outputs.splice(at < 0 ? node.outputs.length : at, 0, output);
  }

  scan(text: string, from = 0, to = text.length): Match[] {
    const matches: Match[] = [];
    let i = from;
    while (i < to) {
      if (kindOf(text.charCodeAt(i)) !== WORD) {
        i++;
        continue;
      }
      if (!continuesCompound(text, i, from)) {
        const found = this.longestAt(text, i, to);
        if (found) {
          matches.push(found);
          i = found.end;
          continue;
        }
      }
      i = wordEnd(text, i, to);
    }
    return matches;
  }

  private longestAt(text: string, start: number, to: number): Match | null {
    let node: TrieNode | undefined = this.root;
    let best: Match | null = null;
    let pos = start;
    while (pos < to) {
      const code = text.charCodeAt(pos);
      const kind = kindOf(code);
      if (kind === WORD || (kind === APOSTROPHE && isInnerApostrophe(text, pos, to))) {
        node = node.next.get(kind === WORD ? lowerOf(code) : 0x27);
        if (!node) break;
        pos++;
        if (node.outputs && isWordEnd(text, pos, to)) {
          const termId = this.accept(node.outputs, text, start, pos);
          if (termId) best = { start, end: pos, termId };
        }
      } else if (kind === IGNORABLE) {
        pos++;
      } else if (kind === SPACE || kind === HYPHEN) {
        const next = separatorEnd(text, pos, to);
        if (next < 0) break;
        node = node.next.get(SEPARATOR);
        if (!node) break;
        pos = next;
      } else break;
    }
    return best;
  }

  private accept(outputs: Output[], text: string, start: number, end: number): string | null {
    let original: string | null = null;
    for (const out of outputs) {
      if (!out.sensitive) return out.termId;
      original ??= normalisedOriginal(text, start, end);
      if (sameAtSensitive(original, out)) return out.termId;
    }
    return null;
  }
}

function sameAtSensitive(original: string, out: Output): boolean {
  if (original.length !== out.template.length) return false;
  for (let i = 0; i < original.length; i++) {
    if (out.sensitive![i] && original.charCodeAt(i) !== out.template.charCodeAt(i)) return false;
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
