import { BLOCK_BREAK } from "../core/char-class.ts";
import { isBlock, isSkipped } from "./element-rules.ts";

/** A text node and where its data starts in the flat text. */
export interface TextSegment {
  node: Text;
  start: number;
}

/** The readable text of a subtree as one string, with a block break between blocks. */
export interface TextModel {
  text: string;
  segments: TextSegment[];
}

export interface DomPosition {
  node: Text;
  offset: number;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * Walks `root` in document order without recursion (pages nest thousands deep) and
 * concatenates its readable text. Inline boundaries add nothing, so "center of <em>gravity</em>"
 * and "Pat<span>ello</span>femoral" read as written; block boundaries add BLOCK_BREAK.
 */
export function buildTextModel(root: Node): TextModel {
  const steps = textModelSteps(root, Infinity);
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}

/**
 * The same walk, pausing (yielding) after every `stepNodes` nodes so a caller can give the
 * page its turn on very large documents; the finished model is the generator's return value.
 */
export function* textModelSteps(root: Node, stepNodes: number): Generator<void, TextModel> {
  let visited = 0;
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let lastWasBreak = true;
  const addBreak = () => {
    if (lastWasBreak) return;
    parts.push(BLOCK_BREAK);
    length += 1;
    lastWasBreak = true;
  };

  let node: Node | null = root.firstChild;
  while (node) {
    if (++visited >= stepNodes) {
      visited = 0;
      yield;
    }
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length > 0) {
        segments.push({ node: node as Text, start: length });
        parts.push(data);
        length += data.length;
        lastWasBreak = false;
      }
    } else if (node.nodeType === ELEMENT_NODE) {
      // A hidden or skipped block still separates the text around it.
      if (isBlock(node as Element)) addBreak();
      descend = node.firstChild !== null && !isSkipped(node as Element);
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Climb until a sibling exists, closing every block we leave.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && node.nodeType === ELEMENT_NODE && isBlock(node as Element)) addBreak();
    }
    if (!node || node === root) break;
    if (node.nodeType === ELEMENT_NODE && isBlock(node as Element)) addBreak();
    node = node.nextSibling;
  }
  return { text: parts.join(""), segments };
}

/**
 * The DOM position of a flat-text offset. Matches never start or end on a block break, so a
 * start offset lies inside a segment ([start, end)) and an end offset at most at its end.
 */
export function locate(model: TextModel, offset: number, isEnd: boolean): DomPosition | null {
  const { segments } = model;
  // Last segment that starts before the offset (at or before it, for a start offset).
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = segments[mid]!.start;
    if (start < offset || (!isEnd && start === offset)) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return null;
  const seg = segments[found]!;
  const local = offset - seg.start;
  const inside = isEnd ? local <= seg.node.data.length : local < seg.node.data.length;
  return inside ? { node: seg.node, offset: local } : null;
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
