import { OWN_UI_TAG } from "../dom/own-ui.ts";

// The one element Backstride adds to a page, created on first use: a host whose shadow root
// holds every piece of our UI, so page styles cannot reach in and ours cannot leak out.

export class UiHost {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;

  constructor(
    private readonly doc: Document,
    private readonly css: string,
  ) {}

  get shadow(): ShadowRoot {
    if (this.root) return this.root;
    const host = this.doc.createElement(OWN_UI_TAG);
    // Inline style on our own element only: it must not take space or inherit page layout.
    host.style.cssText =
      "all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;";
    const root = host.attachShadow({ mode: "open" });
    const style = this.doc.createElement("style");
    style.textContent = this.css;
    root.append(style);
    this.doc.documentElement.append(host);
    this.host = host;
    this.root = root;
    return root;
  }

  /** Adds a stylesheet to the shadow root (the card's, when the first card opens). */
  addStyle(css: string): void {
    const style = this.doc.createElement("style");
    style.textContent = css;
    this.shadow.append(style);
  }

  contains(node: Node | null): boolean {
    return !!node && !!this.host && (node === this.host || this.host.contains(node));
  }

  /** True when an event passed through our UI (events from a shadow root retarget to the host). */
  inPath(event: Event): boolean {
    return !!this.host && event.composedPath().includes(this.host);
  }

  get exists(): boolean {
    return this.host !== null;
  }

  destroy(): void {
    this.host?.remove();
    this.host = null;
    this.root = null;
  }
}
