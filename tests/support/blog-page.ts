import type { Page } from "playwright-core";
import type { Page as PuppeteerPage } from "puppeteer-core";

// A page object for a page with Backstride running: hides highlight and shadow-root details
// from the tests. Works with Playwright and Puppeteer pages through their shared `evaluate`.

type AnyPage = Pick<Page, "evaluate"> | Pick<PuppeteerPage, "evaluate">;
const HIGHLIGHT = "backstride-subtle";

export interface CardState {
  name: string;
  text: string;
  focusInside: boolean;
}

export class BlogPage {
  constructor(readonly page: AnyPage) {}

  private run<T, A>(fn: (arg: A) => T, arg: A): Promise<T> {
    return (this.page.evaluate as (f: (arg: A) => T, a: A) => Promise<T>)(fn, arg);
  }

  highlightCount(): Promise<number> {
    return this.run((name) => CSS.highlights.get(name)?.size ?? 0, HIGHLIGHT);
  }

  highlightedTexts(): Promise<string[]> {
    return this.run(
      (name) => [...(CSS.highlights.get(name) ?? [])].map((r) => (r as Range).toString()),
      HIGHLIGHT,
    );
  }

  /** The centre of the first highlighted occurrence of `text`, in viewport coordinates. */
  async termPoint(text: string): Promise<{ x: number; y: number }> {
    const point = await this.run(
      ([name, wanted]) => {
        for (const r of CSS.highlights.get(name) ?? []) {
          const range = r as Range;
          if (range.toString() !== wanted) continue;
          range.startContainer.parentElement?.scrollIntoView({ block: "center" });
          const b = range.getClientRects()[0]!;
          return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
        }
        return null;
      },
      [HIGHLIGHT, text] as const,
    );
    if (!point) throw new Error(`no highlighted "${text}" on the page`);
    return point;
  }

  /** The open card, read from Backstride's shadow root: its accessible name and text. */
  card(): Promise<CardState | null> {
    return this.run(() => {
      const root = document.querySelector("backstride-root")?.shadowRoot;
      const dialog = root?.querySelector<HTMLElement>("[role=dialog]");
      if (!root || !dialog) return null;
      const labelId = dialog.getAttribute("aria-labelledby");
      const name = (labelId && root.getElementById(labelId)?.textContent) || "";
      return { name, text: dialog.innerText, focusInside: dialog.contains(root.activeElement) };
    }, null);
  }

  /** The open card's "Related reading" links, in order. */
  readingLinks(): Promise<{ text: string; href: string }[]> {
    return this.run(() => {
      const root = document.querySelector("backstride-root")?.shadowRoot;
      const section = root?.querySelector("[aria-labelledby=bs-reading]");
      return [...(section?.querySelectorAll("a") ?? [])].map((a) => ({
        text: a.textContent ?? "",
        href: a.href,
      }));
    }, null);
  }

  hostCount(): Promise<number> {
    return this.run(() => document.querySelectorAll("backstride-root").length, null);
  }

  /** DOM mutations recorded by the fixture's probe since the parser finished. */
  mutations(): Promise<{ type: string; target: string; added: string[]; removed: string[] }[]> {
    return this.run(() => (window as unknown as { __mutations: never[] }).__mutations, null);
  }

  activeElementId(): Promise<string> {
    return this.run(() => document.activeElement?.id ?? "", null);
  }
}
