import type { Density, HighlightStyle } from "../core/settings.ts";
import type { Annotation } from "./annotation-index.ts";
import { highlightStylesReach, shadowElementOf } from "./shadow-paint.ts";

// Paints annotations with the CSS Custom Highlight API: the page's DOM is never touched, and
// hiding every highlight is one registry call. Each style is its own highlight name, styled by
// the content-script stylesheet (::highlight(backstride-subtle) …).

export type PageWindow = Window & typeof globalThis;

export const highlightName = (style: HighlightStyle) => `backstride-${style}`;

export function highlightSupported(win: PageWindow): boolean {
  return typeof win.CSS !== "undefined" && "highlights" in win.CSS && typeof win.Highlight === "function";
}

export class PageHighlighter {
  private readonly highlight: Highlight | null;
  private name: string;
  private visible = true;
  /** Decided once, at the first term in a shadow tree (see shadow-paint.ts). */
  private paintsInShadow: boolean | undefined;

  constructor(
    private readonly win: PageWindow,
    style: HighlightStyle,
    private density: Density,
  ) {
    this.highlight = highlightSupported(win) ? new win.Highlight() : null;
    this.name = highlightName(style);
    this.register();
  }

  /** Keeps the painted set in step with the annotation index. */
  update(
    added: readonly Annotation[],
    removed: readonly Annotation[],
    ordered: () => readonly Annotation[],
  ): void {
    if (!this.highlight) return;
    if (this.density === "first") {
      this.highlight.clear();
      const seen = new Set<string>();
      for (const a of ordered()) {
        if (seen.has(a.termId)) continue;
        seen.add(a.termId);
        this.highlight.add(a.range);
      }
      return;
    }
    for (const a of removed) this.highlight.delete(a.range);
    for (const a of added) this.highlight.add(a.range);
  }

  configure(style: HighlightStyle, density: Density, ordered: () => readonly Annotation[]): void {
    const restyle = highlightName(style) !== this.name;
    const redensity = density !== this.density;
    if (restyle) {
      this.unregister();
      this.name = highlightName(style);
      this.register();
    }
    if (redensity) {
      this.density = density;
      this.highlight?.clear();
      this.update(ordered(), [], ordered);
    }
  }

  /** Whether `a` shows on the page: registered, and in a tree the highlight styles reach. */
  isPainted(a: Annotation): boolean {
    if (!this.visible || !this.highlight?.has(a.range)) return false;
    const inShadow = shadowElementOf(a.range);
    if (!inShadow) return true;
    this.paintsInShadow ??= highlightStylesReach(this.win, inShadow);
    return this.paintsInShadow;
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    if (visible) this.register();
    else this.unregister();
  }

  get isVisible(): boolean {
    return this.visible;
  }

  destroy(): void {
    this.highlight?.clear();
    this.unregister();
  }

  private register(): void {
    if (this.highlight && this.visible) this.win.CSS.highlights.set(this.name, this.highlight);
  }

  private unregister(): void {
    if (this.highlight && this.win.CSS.highlights.get(this.name) === this.highlight)
      this.win.CSS.highlights.delete(this.name);
  }
}
