import type { Annotation, AnnotationIndex } from "../dom/annotation-index.ts";
import { annotationAtPoint, boxAt } from "../dom/hit-test.ts";
import type { UiHost } from "./ui-host.ts";

export interface PointerDeps {
  doc: Document;
  host: UiHost;
  index: AnnotationIndex;
  /** Open shadow roots holding annotated text: hit tests must look inside them. */
  shadowRoots: () => ShadowRoot[];
  isPainted: (a: Annotation) => boolean;
  open: (a: Annotation) => void;
  signal: AbortSignal;
}

/**
 * Mouse and touch on highlighted terms. `::highlight()` cannot set a cursor, so while the
 * pointer rests on a term a transparent target inside our own host covers it: it shows the
 * pointer cursor and takes the click. Terms inside links get no target — the link keeps
 * working — and open their card only with Alt held.
 */
export function watchPointer({ doc, host, index, shadowRoots, isPainted, open, signal }: PointerDeps): void {
  let hovered: Annotation | null = null;
  let target: HTMLElement | null = null;
  let frame = 0;

  const hitAt = (x: number, y: number) => {
    const a = annotationAtPoint(doc, x, y, index, shadowRoots());
    return a && isPainted(a) ? a : null;
  };
  const hide = () => {
    hovered = null;
    if (target) target.hidden = true;
  };
  const showOver = (a: Annotation, box: DOMRect) => {
    if (!target) {
      target = doc.createElement("div");
      target.className = "hit";
      target.setAttribute("aria-hidden", "true");
      target.addEventListener("click", (e) => {
        e.preventDefault();
        if (hovered) open(hovered);
      });
      host.shadow.append(target);
    }
    hovered = a;
    Object.assign(target.style, {
      left: `${box.left}px`,
      top: `${box.top}px`,
      width: `${box.width}px`,
      height: `${box.height}px`,
    });
    target.hidden = false;
  };

  doc.addEventListener(
    "mousemove",
    (e) => {
      if (host.inPath(e)) return; // over our own target or card: keep the current state
      const { clientX: x, clientY: y } = e;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const a = hitAt(x, y);
        const box = a && !inLink(a) ? boxAt(a.range, x, y) : null;
        if (a && box) showOver(a, box);
        else hide();
      });
    },
    { passive: true, signal },
  );
  doc.addEventListener("scroll", hide, { passive: true, capture: true, signal });

  // Clicks that reach the page itself: touch taps (no hover) and Alt+click on linked terms.
  doc.addEventListener(
    "click",
    (e) => {
      if (host.inPath(e) || e.button !== 0) return;
      // When the target appeared between mousedown and mouseup, the click lands on the page
      // while hit tests at the point see only our target: the hovered term is the answer.
      const underTarget = hovered && boxAt(hovered.range, e.clientX, e.clientY) ? hovered : null;
      const a = hitAt(e.clientX, e.clientY) ?? underTarget;
      if (!a) return;
      if (inLink(a)) {
        if (!e.altKey) return; // navigation wins
        e.preventDefault(); // Alt+click would otherwise download the link
        e.stopPropagation();
      }
      open(a);
    },
    { capture: true, signal },
  );
  signal.addEventListener("abort", () => cancelAnimationFrame(frame), { once: true });
}

/** Whether a term is inside a link, also when the link is around the shadow host holding it. */
function inLink(a: Annotation): boolean {
  for (let el: Element | null = a.range.startContainer.parentElement; el;) {
    if (el.closest("a[href]")) return true;
    el = (el.getRootNode() as Partial<ShadowRoot>).host ?? null;
  }
  return false;
}
