import type { CaseRule, CompiledTrie } from "./compiled-trie.ts";
import { prepareForm } from "./form.ts";
import { inflections } from "./inflect.ts";
import { type FormEntry, Matcher } from "./matcher.ts";

// Building the trie: prepare every form and its generated plurals, insert them into a tree of
// maps, then lay the tree out breadth-first in flat arrays (see compiled-trie.ts).

interface Output {
  term: string;
  /** Lower wins when several forms share the same letters. */
  rank: number;
  rule: CaseRule | null;
}

interface BuildNode {
  next: Map<number, BuildNode>;
  outputs: Output[];
}

const newNode = (): BuildNode => ({ next: new Map(), outputs: [] });

export function buildTrie(entries: readonly FormEntry[]): CompiledTrie {
  const root = newNode();
  const seen = new Set<string>();
  const add = (termId: string, form: string, caseSensitive: boolean, generated: boolean) => {
    const prepared = prepareForm(form, caseSensitive);
    const identity = prepared.sensitive ? `${prepared.key}\u0000${prepared.template}` : prepared.key;
    if (prepared.key === "" || seen.has(identity)) return;
    seen.add(identity);
    let node = root;
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
    const rule = prepared.sensitive ? { template: prepared.template, sensitive: prepared.sensitive } : null;
    const at = node.outputs.findIndex((o) => o.rank > rank);
    node.outputs.splice(at < 0 ? node.outputs.length : at, 0, { term: termId, rank, rule });
  };
  // Explicit forms first, so a generated plural never takes a phrase that a term owns.
  for (const e of entries) add(e.termId, e.form, e.caseSensitive, false);
  for (const e of entries)
    for (const variant of inflections(e.form)) add(e.termId, variant, e.caseSensitive, true);
  return flatten(root);
}

/** A matcher for `entries`, compiled here (the background, the options page, tests, the CLI). */
export function compileMatcher(entries: readonly FormEntry[]): Matcher {
  return new Matcher(buildTrie(entries));
}

function flatten(root: BuildNode): CompiledTrie {
  const order: BuildNode[] = [root];
  const labels: number[] = [0];
  const first: number[] = [];
  for (let n = 0; n < order.length; n++) {
    first.push(order.length);
    for (const [code, child] of [...order[n]!.next].sort((a, b) => a[0] - b[0])) {
      order.push(child);
      labels.push(code);
    }
  }
  first.push(order.length);
  const terms: string[] = [];
  const termIndex = new Map<string, number>();
  const cases: CaseRule[] = [];
  const outFirst = [0];
  const outTerm: number[] = [];
  const outCase: number[] = [];
  for (const node of order) {
    for (const out of node.outputs) {
      let t = termIndex.get(out.term);
      if (t === undefined) {
        t = terms.push(out.term) - 1;
        termIndex.set(out.term, t);
      }
      outTerm.push(t);
      outCase.push(out.rule ? cases.push(out.rule) - 1 : -1);
    }
    outFirst.push(outTerm.length);
  }
  return {
    first: Uint32Array.from(first),
    label: Uint16Array.from(labels),
    outFirst: Uint32Array.from(outFirst),
    outTerm: Uint32Array.from(outTerm),
    outCase: Int32Array.from(outCase),
    terms,
    cases,
  };
}
