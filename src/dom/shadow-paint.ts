import type { PageWindow } from "./highlighter.ts";

// Whether the highlight styles reach text inside shadow trees. They come from the content-script
// stylesheet, which applies to the document's tree only; text in a shadow tree is painted only
// when its ::highlight() styles inherit from the host through the flat tree (Chromium does this,
// Firefox 140 does not). The other way, a stylesheet added to each of the page's shadow roots
// (adoptedStyleSheets), would change the page, which Backstride never does.

/** A rule of highlight.css for this test only: no highlight of this name is ever registered. */
const PROBE = "::highlight(backstride-probe)";
const PROBE_COLOR = "rgb(1, 2, 3)";

/** Asks the computed style of a highlight pseudo-element inside a shadow tree (`inside`). */
export function highlightStylesReach(win: PageWindow, inside: Element): boolean {
  try {
    const probe = (el: Element) => win.getComputedStyle(el, PROBE).backgroundColor;
    // A browser that cannot tell (or forced colours) is trusted to paint.
    if (probe(win.document.documentElement) !== PROBE_COLOR) return true;
    return probe(inside) === PROBE_COLOR;
  } catch {
    return true;
  }
}

/** The element holding a range's start when it lies in a shadow tree, else null. */
export function shadowElementOf(range: Range): Element | null {
  const el = range.startContainer.parentElement;
  return el && (el.getRootNode() as Partial<ShadowRoot>).host ? el : null;
}
