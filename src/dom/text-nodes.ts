const TEXT_NODE = 3;

/**
 * Every text node in a subtree (the node itself when it is text), without recursion, open
 * shadow trees included: when a subtree leaves the page, so do the annotations inside them.
 */
export function textNodesIn(root: Node): Text[] {
  if (root.nodeType === TEXT_NODE) return [root as Text];
  const nodes: Text[] = [];
  const trees: Node[] = [root];
  const own = (root as Partial<Element>).shadowRoot;
  if (own) trees.push(own);
  for (let top = trees.pop(); top; top = trees.pop()) {
    let node: Node | null = top.firstChild;
    while (node) {
      if (node.nodeType === TEXT_NODE) nodes.push(node as Text);
      const shadow = (node as Partial<Element>).shadowRoot;
      if (shadow) trees.push(shadow);
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
      while (node && node !== top && !node.nextSibling) node = node.parentNode;
      if (!node || node === top) break;
      node = node.nextSibling;
    }
  }
  return nodes;
}
