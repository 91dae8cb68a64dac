// Page order for ranges that may lie in different trees. Range.compareBoundaryPoints throws for
// ranges of two trees (the document and an open shadow root), so such ranges are compared by
// where their trees sit: the first pair of shadow hosts (or nodes) that differ, seen from the
// document down, are in one tree and decide. A host comes before its own light children.

const FOLLOWING = 4;
const PRECEDING = 2;

/** Negative when `a` starts before `b`, positive when after, 0 when together. */
export function compareRanges(a: Range, b: Range): number {
  try {
    return a.compareBoundaryPoints(Range.START_TO_START, b);
  } catch {
    return compareAcrossTrees(a.startContainer, b.startContainer);
  }
}

function compareAcrossTrees(a: Node, b: Node): number {
  const ca = hostChain(a);
  const cb = hostChain(b);
  let i = ca.length - 1;
  let j = cb.length - 1;
  while (i > 0 && j > 0 && ca[i] === cb[j]) {
    i--;
    j--;
  }
  const position = ca[i]!.compareDocumentPosition(cb[j]!);
  if (position & FOLLOWING) return -1;
  if (position & PRECEDING) return 1;
  return 0;
}

/** `node`, then the host of each shadow tree around it, the one in the document last. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  for (let host = (node.getRootNode() as Partial<ShadowRoot>).host; host;) {
    chain.push(host);
    host = (host.getRootNode() as Partial<ShadowRoot>).host;
  }
  return chain;
}
