// Paints ranges with the CSS Custom Highlight API: the page's DOM is never touched, and
// removing every highlight is one call.

export const HIGHLIGHT_NAME = "backstride-term";

export type PageWindow = Window & typeof globalThis;

export function highlightSupported(win: PageWindow): boolean {
  return typeof win.CSS !== "undefined" && "highlights" in win.CSS && typeof win.Highlight === "function";
}

export function paint(win: PageWindow, ranges: Range[]): void {
  if (!highlightSupported(win)) return;
  win.CSS.highlights.set(HIGHLIGHT_NAME, new win.Highlight(...ranges));
}

export function clearHighlights(win: PageWindow): void {
  if (highlightSupported(win)) win.CSS.highlights.delete(HIGHLIGHT_NAME);
}
