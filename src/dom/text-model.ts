import { BLOCK_BREAK } from "../core/char-class.ts";
import {
  BLOCK,
  MARKED_SELECTOR,
  SHADOW_HOST,
  SKIP,
  SLOT,
  flagsOf,
  isHiddenOrEditable,
} from "./element-rules.ts";

/**
 * The readable text of a subtree as one string, with a block break between blocks; `nodes[i]`
 * is the i-th text node read and `starts[i]` where its data begins in `text`. Two flat arrays,
 * not one object per node: big pages have tens of thousands of text nodes.
 */
export interface TextModel {
  text: string;
  nodes: Text[];
  starts: number[];
}

export interface DomPosition {
  node: Text;
  offset: number;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Called once per open shadow root the walk enters (closed roots are out of a content script's reach). */
export type ShadowRootSeen = (root: ShadowRoot) => void;

/**
 * Walks `root` in rendered order without recursion (pages nest thousands deep) and
 * concatenates its readable text. Inline boundaries add nothing, so "center of <em>gravity</em>"
 * and "Pat<span>ello</span>femoral" read as written; block boundaries add BLOCK_BREAK.
 */
export function buildTextModel(root: Node, onShadowRoot?: ShadowRootSeen): TextModel {
  const steps = textModelSteps(root, Infinity, onShadowRoot);
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}

/**
 * One list of children being walked: a linked list of DOM siblings, or the nodes assigned to a
 * slot. Frames are reused by depth, so a deep walk allocates once per level, not per element.
 */
interface Frame {
  next: Node | null;
  list: readonly Node[] | null;
  at: number;
  /** The tree (document or shadow root) of this list's nodes; null: ask each node (slots). */
  tree: Node | null;
  /** The element whose children these are is a block: leaving it separates text. */
  closesBlock: boolean;
}

/**
 * The same walk, pausing (yielding) after every `stepNodes` nodes so a caller can give the
 * page its turn on very large documents; the finished model is the generator's return value.
 *
 * It follows the flat tree, as the page renders it: an element with an open shadow root is
 * read through its shadow tree instead of its own children, and a <slot> through the nodes
 * assigned to it (or its fallback children when nothing is). Every rendered text node is so
 * read once; light children assigned to no slot are not rendered and not read. Closed shadow
 * roots are invisible to a content script: their hosts are read through their own children.
 * Text nodes of different trees never join (a Range cannot span two trees): a tree change
 * between two text nodes separates them like a block does.
 */
export function* textModelSteps(
  root: Node,
  stepNodes: number,
  onShadowRoot?: ShadowRootSeen,
): Generator<void, TextModel> {
  let visited = 0;
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let lastWasBreak = true;
  let lastTree: Node | null = null;
  const addBreak = () => {
    if (lastWasBreak) return;
    parts.push(BLOCK_BREAK);
    length += 1;
    lastWasBreak = true;
  };

  // Hidden and editable elements are rare: one native query per tree finds them, instead of
  // two attribute reads for every element.
  const marked = new Set<Element>();
  const findMarked = (scope: Node) => {
    const all = (scope as ParentNode).querySelectorAll?.(MARKED_SELECTOR);
    if (all) for (let i = 0; i < all.length; i++) marked.add(all[i]!);
  };
  findMarked(root);

  const frames: Frame[] = [];
  let depth = 0;
  const push = (el: Node, tree: Node | null, closesBlock: boolean, flags: number) => {
    // Only custom elements and a few others can host a shadow root: ask the rest nothing.
    const shadow = flags & SHADOW_HOST ? (el as Element).shadowRoot : null; // null when closed
    let next: Node | null = el.firstChild;
    let list: readonly Node[] | null = null;
    if (shadow) {
      onShadowRoot?.(shadow);
      findMarked(shadow);
      next = shadow.firstChild;
      tree = shadow;
    } else if (flags & SLOT && typeof (el as HTMLSlotElement).assignedNodes === "function") {
      // Flattened: a slot assigned to this slot is replaced by what it shows, fallback included.
      list = (el as HTMLSlotElement).assignedNodes({ flatten: true });
      next = null;
      tree = null;
    }
    if (!list && !next) {
      if (closesBlock) addBreak();
      return;
    }
    const frame =
      frames[depth] ?? (frames[depth] = { next: null, list: null, at: 0, tree: null, closesBlock });
    frame.next = next;
    frame.list = list;
    frame.at = 0;
    frame.tree = tree;
    frame.closesBlock = closesBlock;
    depth++;
  };
  push(
    root,
    root.getRootNode(),
    false,
    root.nodeType === ELEMENT_NODE ? flagsOf((root as Element).localName) : 0,
  );

  while (depth > 0) {
    const frame = frames[depth - 1]!;
    let node: Node | null;
    if (frame.list) node = frame.at < frame.list.length ? frame.list[frame.at++]! : null;
    else if ((node = frame.next)) frame.next = node.nextSibling;
    if (!node) {
      // Leaving an element: a block separates what follows from what it held.
      depth--;
      frame.list = null;
      if (frame.closesBlock) addBreak();
      continue;
    }
    if (++visited >= stepNodes) {
      visited = 0;
      yield;
    }
    const tree = frame.tree ?? node.getRootNode();
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length > 0) {
        if (tree !== lastTree) addBreak();
        lastTree = tree;
        nodes.push(node as Text);
        starts.push(length);
        parts.push(data);
        length += data.length;
        lastWasBreak = false;
      }
    } else if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      const flags = flagsOf(el.localName);
      const block = (flags & BLOCK) !== 0;
      // A hidden or skipped block still separates the text around it.
      if (block) addBreak();
      if (flags & SKIP || (marked.size > 0 && marked.has(el) && isHiddenOrEditable(el))) {
        if (block) addBreak();
      } else push(el, tree, block, flags);
    }
  }
  return { text: parts.join(""), nodes, starts };
}

/**
 * The DOM position of a flat-text offset. Matches never start or end on a block break, so a
 * start offset lies inside a text node ([start, end)) and an end offset at most at its end.
 */
export function locate(model: TextModel, offset: number, isEnd: boolean): DomPosition | null {
  const { starts } = model;
  // Last text node that starts before the offset (at or before it, for a start offset).
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = starts[mid]!;
    if (start < offset || (!isEnd && start === offset)) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return null;
  const node = model.nodes[found]!;
  const local = offset - starts[found]!;
  const inside = isEnd ? local <= node.data.length : local < node.data.length;
  return inside ? { node, offset: local } : null;
}

/** A DOM Range for [start, end) of the flat text. */
export function rangeFor(model: TextModel, doc: Document, start: number, end: number): Range | null {
  const from = locate(model, start, false);
  const to = locate(model, end, true);
  if (!from || !to) return null;
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
