import { describe, expect, it } from "vitest";
import type { Annotation } from "../../src/dom/annotation-index.ts";
import { PageHighlighter, type PageWindow } from "../../src/dom/highlighter.ts";

// jsdom has no CSS Custom Highlight API: a Set-backed stand-in has the same surface.
class FakeHighlight extends Set<Range> {}
function fakeWindow() {
  const highlights = new Map<string, FakeHighlight>();
  return { win: { CSS: { highlights }, Highlight: FakeHighlight } as unknown as PageWindow, highlights };
}

const ann = (termId: string, i: number): Annotation => {
  const range = document.createRange();
  const text = document.createTextNode(`${termId}${i}`);
  document.body.append(text);
  range.selectNodeContents(text);
  return { termId, text: termId, range };
};

describe("PageHighlighter", () => {
  const all = [ann("knee", 1), ann("hip", 2), ann("knee", 3)];
  const ordered = () => all;

  it("paints every occurrence, or the first of each term, and switches live", () => {
    const { win, highlights } = fakeWindow();
    const h = new PageHighlighter(win, "subtle", "all");
    h.update(all, [], ordered);
    expect(highlights.get("backstride-subtle")?.size).toBe(3);
    h.configure("subtle", "first", ordered);
    expect([...highlights.get("backstride-subtle")!]).toEqual([all[0]!.range, all[1]!.range]);
    expect(h.isPainted(all[2]!)).toBe(false);
  });

  it("moves the highlight to the chosen style's name, hides and shows it, and cleans up", () => {
    const { win, highlights } = fakeWindow();
    const h = new PageHighlighter(win, "subtle", "all");
    h.update(all, [], ordered);
    h.configure("marker", "all", ordered);
    expect([...highlights.keys()]).toEqual(["backstride-marker"]);
    h.setVisible(false);
    expect(highlights.size).toBe(0);
    h.setVisible(true);
    expect(highlights.get("backstride-marker")?.size).toBe(3);
    h.update([], [all[1]!], ordered);
    expect(highlights.get("backstride-marker")?.size).toBe(2);
    h.destroy();
    expect(highlights.size).toBe(0);
  });
});
