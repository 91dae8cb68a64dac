const TEXT_NODE = 3;

/**
 * The nodes whose blocks must be re-annotated after `records`, and the text nodes that left
 * the page (their annotations must go). An added block among other blocks is re-annotated on
 * its own — an infinite-scroll list never re-scans what was already there — but a change
 * among inline text dirties the surrounding block, where a phrase may now join or split.
 */
export function mutationScope(records: readonly MutationRecord[]): { changed: Set<Node>; removed: Node[] } {
  const changed = new Set<Node>();
  const removed: Node[] = [];
  // A busy list gets hundreds of records for one parent per batch: read its children once.
  const inline = new Map<Node, boolean>();
  for (const r of records) {
    if (r.type === "characterData") {
      changed.add(r.target);
      continue;
    }
    if (r.type !== "childList") continue;
    removed.push(...Array.from(r.removedNodes));
    let hasText = inline.get(r.target);
    if (hasText === undefined) inline.set(r.target, (hasText = hasInlineText(r.target)));
    if (hasText) changed.add(r.target);
    else r.addedNodes.forEach((n) => changed.add(n));
  }
  return { changed, removed };
}

function hasInlineText(parent: Node): boolean {
  for (let c = parent.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === TEXT_NODE && (c as Text).data.trim() !== "") return true;
  }
  return false;
}
