// Reading the shadow-frames fixture (tests/fixtures/shadow-frames/) from a test, in Playwright or
// Puppeteer: which highlighted terms lie in shadow trees, whether they are painted, and frames.

interface Evaluates {
  evaluate<T, A>(fn: (arg: A) => T, arg: A): Promise<T>;
}
const run = <T, A>(target: unknown, fn: (arg: A) => T, arg: A) => (target as Evaluates).evaluate(fn, arg);
const HIGHLIGHT = "backstride-subtle";

/** What the top frame shows (and the badge counts): never the closed root's or an unslotted child's. */
export const TOP_FRAME_TERMS = [
  "knee",
  "hip",
  "plantar fasciitis",
  "shin splints",
  "center of gravity",
  "hamstrings",
];

/** Highlighted texts whose range lies inside a shadow tree, sorted. */
export function termsInShadow(page: unknown): Promise<string[]> {
  return run(
    page,
    (name) =>
      [...(CSS.highlights.get(name) ?? [])]
        .filter((r) => (r as Range).startContainer.getRootNode() instanceof ShadowRoot)
        .map((r) => (r as Range).toString())
        .sort(),
    HIGHLIGHT,
  );
}

/** The highlight background a term gets inside the open shadow root and in the document. */
export function shadowPaint(page: unknown): Promise<{ inShadow: string; inDocument: string }> {
  return run(
    page,
    (name) => {
      const style = (el: Element) => getComputedStyle(el, `::highlight(${name})`).backgroundColor;
      const inShadow = document.getElementById("open-host")!.shadowRoot!.getElementById("open-text")!;
      return { inShadow: style(inShadow), inDocument: style(document.querySelector("p")!) };
    },
    HIGHLIGHT,
  );
}

/** Highlighted texts of one frame, sorted. */
export function highlightedInFrame(frame: unknown): Promise<string[]> {
  return run(
    frame,
    (name) => [...(CSS.highlights.get(name) ?? [])].map((r) => r.toString()).sort(),
    HIGHLIGHT,
  );
}

/** The frame of a page whose address has this path. */
export function frameByPath<F extends { url(): string }>(page: { frames(): F[] }, path: string): F {
  const frame = page.frames().find((f) => f.url() !== "" && new URL(f.url()).pathname === path);
  if (!frame) throw new Error(`no frame at ${path}`);
  return frame;
}
