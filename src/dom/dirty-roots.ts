import { isBlock } from "./element-rules.ts";

const ELEMENT_NODE = 1;

/**
 * The smallest set of block elements that contain every change. A match never crosses a block
 * boundary, so re-annotating these blocks gives the same result as re-annotating the page.
 * Blocks are found in the flat tree, as the text model reads the page: a change inside an open
 * shadow root dirties the block around it there (or around its host), and a change among a
 * host's children only when they are assigned to a slot, since only then are they shown.
 */
export function dirtyRoots(changed: Iterable<Node>, body: Element): Element[] {
  const blocks = new Set<Element>();
  for (const node of changed) {
    if (!node.isConnected) continue;
    const block = enclosingBlock(node, body);
    if (block) blocks.add(block);
  }
  // Drop blocks inside another dirty block: the outer one covers them.
  return [...blocks].filter((b) => {
    for (let p = flatParent(b); p; p = flatParent(p)) if (blocks.has(p as Element)) return false;
    return true;
  });
}

/** The nearest block around `node` (itself included), or null when it is not shown inside `body`. */
function enclosingBlock(node: Node, body: Element): Element | null {
  let block: Element | null = null;
  for (let n: Node | null = node; n; n = flatParent(n)) {
    if (n === body) return block ?? body;
    if (!block && n.nodeType === ELEMENT_NODE && isBlock(n as Element)) block = n as Element;
  }
  return null;
}

/** The parent in the flat tree (a shadow root's host, a slotted node's slot); null past the top or when not shown. */
function flatParent(n: Node): Node | null {
  const parent = n.parentNode;
  if (!parent) return (n as Partial<ShadowRoot>).host ?? null;
  // Children of a host with an open shadow root are shown only through a slot.
  if (parent.nodeType === ELEMENT_NODE && (parent as Element).shadowRoot)
    return (n as Partial<Element>).assignedSlot ?? null;
  return parent;
}
