import { BLOCK, SKIP, flagsOf } from "../src/dom/element-rules.ts";
import { buildTextModel } from "../src/dom/text-model.ts";

// The page walks `npm run bench:walk` compares, run in a page's main world. Each returns the
// length of the text it read, so that the work cannot be optimised away.

/** The floor of `npm run bench`: a TreeWalker that reads every text node of the body. */
export function floor(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  while (walker.nextNode()) chars += (walker.currentNode as Text).data.length;
  return chars;
}

/** Backstride's text walk as shipped (src/dom/text-model.ts): elements, blocks, skipped subtrees. */
export function shipped(): number {
  return buildTextModel(document.body).text.length;
}

/**
 * An alternative tried and not taken: the floor's TreeWalker over text nodes only, with each
 * text node's nearest block or skipped ancestor looked up through a per-element cache, so that
 * elements without text are never touched. It is not faster (the ancestors of text nodes are
 * most elements) and it loses block breaks from void elements such as <br> and <img>.
 */
export function textNodesOnly(): number {
  const root = document.body;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const blockOf = new Map<Node, Node | null>([[root, root]]); // null: inside a skipped element
  const chain: Node[] = [];
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let lastBlock: Node | null = null;
  while (walker.nextNode()) {
    const text = walker.currentNode as Text;
    const parent = text.parentNode!;
    let block = blockOf.get(parent);
    if (block === undefined) {
      chain.length = 0;
      let el: Node | null = parent;
      while (el && (block = blockOf.get(el)) === undefined) {
        chain.push(el);
        el = el.parentNode;
      }
      block ??= root;
      for (let i = chain.length - 1; i >= 0; i--) {
        const flags = flagsOf((chain[i] as Element).localName);
        if (block !== null) block = flags & SKIP ? null : flags & BLOCK ? chain[i]! : block;
        blockOf.set(chain[i]!, block);
      }
    }
    if (block === null) continue;
    if (block !== lastBlock) {
      parts.push("\n");
      length++;
      lastBlock = block;
    }
    nodes.push(text);
    starts.push(length);
    parts.push(text.data);
    length += text.data.length;
  }
  return parts.join("").length;
}
