import { isBlock } from "./element-rules.ts";

const ELEMENT_NODE = 1;

/**
 * The smallest set of block elements that contain every change. A match never crosses a block
 * boundary, so re-annotating these blocks gives the same result as re-annotating the page.
 */
export function dirtyRoots(changed: Iterable<Node>, body: Element): Element[] {
  const blocks = new Set<Element>();
  for (const node of changed) {
    if (!node.isConnected || !body.contains(node)) continue;
    blocks.add(enclosingBlock(node, body));
  }
  // Drop blocks inside another dirty block: the outer one covers them.
  return [...blocks].filter((b) => {
    for (let p = b.parentElement; p; p = p.parentElement) if (blocks.has(p)) return false;
    return true;
  });
}

function enclosingBlock(node: Node, body: Element): Element {
  let el: Element | null = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  // The changed element itself may be an inline one inside a paragraph: climb to its block.
  while (el && el !== body && !isBlock(el)) el = el.parentElement;
  return el ?? body;
}
