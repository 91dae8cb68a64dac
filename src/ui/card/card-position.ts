import { autoUpdate, computePosition, flip, offset, shift, size } from "@floating-ui/dom";

/**
 * Keeps the card next to the term it explains: below it if there is room, else above; shifted
 * to stay inside the viewport; following the term on scroll and resize. Returns a cleanup.
 */
export function attachCard(
  card: HTMLElement,
  anchor: Range | null,
  fallback: { x: number; y: number },
): () => void {
  const reference = {
    getBoundingClientRect: () =>
      (anchor?.getClientRects()[0] ?? anchor?.getBoundingClientRect() ?? point(fallback)) as DOMRect,
    contextElement: anchor?.startContainer.parentElement ?? undefined,
  };
  const place = () =>
    computePosition(reference, card, {
      strategy: "fixed",
      placement: "bottom-start",
      middleware: [
        offset(8),
        flip({ fallbackPlacements: ["top-start", "bottom-end", "top-end"] }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply: ({ availableHeight }) => {
            card.style.maxHeight = `${Math.max(160, Math.min(560, availableHeight))}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      card.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    });
  return autoUpdate(reference, card, place, { animationFrame: false });
}

function point({ x, y }: { x: number; y: number }): DOMRect {
  return { x, y, left: x, top: y, right: x, bottom: y, width: 0, height: 0, toJSON: () => ({}) } as DOMRect;
}
