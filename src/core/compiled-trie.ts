// The matcher's trie in flat arrays: compact, cache-friendly, and cheap to send as a string. The
// background compiles the glossary once; a page's content script only decodes the result, so
// no page pays for preparing hundreds of forms and their plurals.

/** Case rules of a case-sensitive output: `sensitive[i]` says character i must equal template[i]. */
export interface CaseRule {
  template: string;
  sensitive: boolean[];
}

/**
 * Nodes are numbered breadth-first from the root (0), so the children of node n are the nodes
 * `first[n]` … `first[n + 1] - 1`, sorted by `label` (the character leading to them). Outputs of
 * node n are `outFirst[n]` … `outFirst[n + 1] - 1`, best first.
 */
export interface CompiledTrie {
  first: Uint32Array;
  label: Uint16Array;
  outFirst: Uint32Array;
  outTerm: Uint32Array;
  /** Index into `cases`, or -1 when the output ignores case. */
  outCase: Int32Array;
  terms: string[];
  cases: CaseRule[];
}

/** What travels in a message: numbers packed into a string, the strings as they are. */
export interface EncodedTrie {
  format: 1;
  numbers: string;
  terms: string[];
  cases: [template: string, mask: string][];
}

// Each number is written in base 16384, most significant digit first; the last digit of a
// number lies in one band of code units, the others in the next band. Both bands stay below
// the surrogates, so the string survives JSON and UTF-8 unchanged.
const DIGIT = 0x4000;
const LAST = 0x100;
const MORE = LAST + DIGIT;

function writeNumber(out: number[], value: number): void {
  const digits: number[] = [];
  do {
    digits.push(value % DIGIT);
    value = Math.floor(value / DIGIT);
  } while (value > 0);
  for (let i = digits.length - 1; i > 0; i--) out.push(MORE + digits[i]!);
  out.push(LAST + digits[0]!);
}

export function encodeTrie(trie: CompiledTrie): EncodedTrie {
  const nodes = trie.label.length;
  const out: number[] = [];
  writeNumber(out, nodes);
  writeNumber(out, trie.outTerm.length);
  for (let n = 1; n < nodes; n++) writeNumber(out, trie.label[n]!);
  for (let n = 0; n < nodes; n++) writeNumber(out, trie.first[n + 1]! - trie.first[n]!);
  for (let n = 0; n < nodes; n++) writeNumber(out, trie.outFirst[n + 1]! - trie.outFirst[n]!);
  for (let o = 0; o < trie.outTerm.length; o++) {
    writeNumber(out, trie.outTerm[o]!);
    writeNumber(out, trie.outCase[o]! + 1);
  }
  let numbers = "";
  for (let i = 0; i < out.length; i += 4096) numbers += String.fromCharCode(...out.slice(i, i + 4096));
  return {
    format: 1,
    numbers,
    terms: trie.terms,
    cases: trie.cases.map((c) => [c.template, c.sensitive.map((s) => (s ? "1" : "0")).join("")]),
  };
}

/** Decodes a trie from `encodeTrie`; throws on anything malformed rather than matching wrongly. */
export function decodeTrie(encoded: EncodedTrie): CompiledTrie {
  const { numbers, terms, cases } = encoded;
  if (encoded.format !== 1 || typeof numbers !== "string" || !Array.isArray(terms) || !Array.isArray(cases))
    throw new Error("not an encoded trie");
  let pos = 0;
  const read = (): number => {
    let value = 0;
    for (;;) {
      if (pos >= numbers.length) throw new Error("encoded trie is truncated");
      const unit = numbers.charCodeAt(pos++);
      if (unit >= MORE && unit < MORE + DIGIT) value = value * DIGIT + (unit - MORE);
      else if (unit >= LAST && unit < MORE) return value * DIGIT + (unit - LAST);
      else throw new Error("encoded trie has a foreign character");
    }
  };
  const nodes = read();
  const outputs = read();
  if (nodes < 1) throw new Error("encoded trie has no root");
  const label = new Uint16Array(nodes);
  for (let n = 1; n < nodes; n++) label[n] = read();
  const first = new Uint32Array(nodes + 1);
  first[0] = 1;
  for (let n = 0; n < nodes; n++) first[n + 1] = first[n]! + read();
  const outFirst = new Uint32Array(nodes + 1);
  for (let n = 0; n < nodes; n++) outFirst[n + 1] = outFirst[n]! + read();
  if (first[nodes] !== nodes || outFirst[nodes] !== outputs) throw new Error("encoded trie is inconsistent");
  const outTerm = new Uint32Array(outputs);
  const outCase = new Int32Array(outputs);
  for (let o = 0; o < outputs; o++) {
    outTerm[o] = read();
    outCase[o] = read() - 1;
    if (outTerm[o]! >= terms.length || outCase[o]! >= cases.length)
      throw new Error("encoded trie is inconsistent");
  }
  if (pos !== numbers.length) throw new Error("encoded trie has trailing data");
  return {
    first,
    label,
    outFirst,
    outTerm,
    outCase,
    terms: terms.map(String),
    cases: cases.map(([template, mask]) => ({
      template: String(template),
      sensitive: [...String(mask)].map((c) => c === "1"),
    })),
  };
}
