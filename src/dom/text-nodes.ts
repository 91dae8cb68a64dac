const TEXT_NODE = 3;

/** Every text node in a subtree (the node itself when it is text), without recursion. */
export function textNodesIn(root: Node): Text[] {
  if (root.nodeType === TEXT_NODE) return [root as Text];
  const nodes: Text[] = [];
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === TEXT_NODE) nodes.push(node as Text);
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  return nodes;
}
