import type { Annotation, AnnotationIndex } from "./annotation-index.ts";

// Which annotation is under a point. Highlights are not elements, so the usual event target
// tells nothing: ask the highlight registry where the browser can answer, else find the text
// under the caret and test the few annotations of that text node against their boxes.

const TEXT_NODE = 3;

interface HitResult {
  highlight?: unknown;
  ranges?: AbstractRange[];
}
interface PointOptions {
  /** Open shadow roots whose contents may be answered; without them the answer stops at hosts. */
  shadowRoots: ShadowRoot[];
}
interface HighlightsWithHitTest {
  highlightsFromPoint?: (x: number, y: number, options?: PointOptions) => (HitResult | Highlight)[];
}

export function annotationAtPoint(
  doc: Document,
  x: number,
  y: number,
  index: AnnotationIndex,
  shadowRoots: ShadowRoot[] = [],
): Annotation | null {
  const registry = doc.defaultView?.CSS?.highlights as
    (HighlightRegistry & HighlightsWithHitTest) | undefined;
  const options = { shadowRoots };
  if (registry?.highlightsFromPoint) {
    const hits = registry.highlightsFromPoint(x, y, options);
    // Newer browsers return the ranges hit; an empty answer means no highlight at all here.
    if (hits.length === 0) return null;
    for (const hit of hits) {
      for (const range of (hit as HitResult).ranges ?? []) {
        const node = range.startContainer;
        if (node.nodeType !== TEXT_NODE) continue;
        const found = index
          .at(node as Text)
          .find((a) => a.range.compareBoundaryPoints(Range.START_TO_START, range as Range) === 0);
        if (found) return found;
      }
    }
  }
  const node = caretNodeAt(doc, x, y, options);
  if (!node) return null;
  return index.at(node).find((a) => contains(a.range.getClientRects(), x, y)) ?? null;
}

/** The box of `range` that contains the point (a term can wrap over two lines). */
export function boxAt(range: Range, x: number, y: number): DOMRect | null {
  return [...range.getClientRects()].find((r) => inside(r, x, y)) ?? null;
}

// caretRangeFromPoint (Chromium before 128) answers a shadow host for text inside its shadow
// tree, so there terms in shadow roots cannot be clicked; the popup and the shortcut reach them.
function caretNodeAt(doc: Document, x: number, y: number, options: PointOptions): Text | null {
  const d = doc as Document & {
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
    caretPositionFromPoint?: (x: number, y: number, options?: PointOptions) => CaretPosition | null;
  };
  const node =
    typeof d.caretPositionFromPoint === "function"
      ? d.caretPositionFromPoint(x, y, options)?.offsetNode
      : d.caretRangeFromPoint?.(x, y)?.startContainer;
  return node && node.nodeType === TEXT_NODE ? (node as Text) : null;
}

const inside = (r: DOMRect, x: number, y: number) =>
  x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
const contains = (rects: DOMRectList, x: number, y: number) => [...rects].some((r) => inside(r, x, y));
