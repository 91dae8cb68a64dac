/* global window, document, MutationObserver, CSS, performance, Range */

// Code that runs in the page's main world. Functions here are serialised by the drivers
// (Playwright, Puppeteer): they must not use anything from this module's scope.

export const HIGHLIGHT = "backstride-subtle";
/** The element the sweep itself adds and removes to ask observers whether they still observe. */
export const MARKER = "backstride-sweep-marker";

/**
 * Installed before the document is parsed (an init script): a MutationObserver on the whole
 * document. The parser's own records are discarded when readyState becomes "interactive"
 * (taken with takeRecords, since Firefox delivers many of them late); every record after that
 * is counted. The page's scripts are removed, so anything counted was done by an extension.
 */
export function installProbe() {
  if (window.__backstrideSweep) return;
  const sample = [];
  let total = 0;
  let counting = false;
  const label = (n) => {
    if (!n) return "?";
    if (n.nodeType !== 1) return n.nodeName;
    const id = n.id ? `#${n.id}` : "";
    return `${n.localName}${id}`;
  };
  const marker = (n) => n.localName === "backstride-sweep-marker"; // the sweep's own; see MARKER
  const keep = (records) => {
    for (const r of records) {
      if (r.type === "childList" && [...r.addedNodes, ...r.removedNodes].every(marker)) continue;
      total += 1;
      if (sample.length < 10)
        sample.push({
          type: r.type,
          target: label(r.target),
          attribute: r.attributeName,
          added: [...r.addedNodes].map(label),
          removed: [...r.removedNodes].map(label),
        });
    }
  };
  const observer = new MutationObserver((records) => {
    if (counting) keep(records);
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  const start = () => {
    if (counting) return;
    observer.takeRecords();
    counting = true;
  };
  document.addEventListener("readystatechange", () => {
    if (document.readyState !== "loading") start();
  });
  Object.defineProperty(window, "__backstrideSweep", {
    value: {
      mutations() {
        if (counting) keep(observer.takeRecords());
        return { counting, total, sample };
      },
    },
  });
}

/** Backstride's highlights and annotation passes as the page sees them. */
export function highlightState(name) {
  const ours = [...CSS.highlights.keys()].filter((k) => k.startsWith("backstride-"));
  const passes = performance.getEntriesByName("backstride:annotate");
  return {
    registered: CSS.highlights.has(name),
    size: CSS.highlights.get(name)?.size ?? 0,
    allSizes: ours.reduce((n, k) => n + CSS.highlights.get(k).size, 0),
    names: ours,
    passes: passes.length,
    annotateMs: passes.length ? Math.round(passes[passes.length - 1].duration) : null,
    readyState: document.readyState,
  };
}

/** The highlighted texts in document order (to compare with the CLI's matches). */
export function highlightTexts(name) {
  const ranges = [...(CSS.highlights.get(name) ?? [])];
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  return ranges.map((r) => r.toString());
}

/** The probe's mutation record: {counting, total, sample}, or null if it never ran. */
export function mutationsSeen() {
  return window.__backstrideSweep ? window.__backstrideSweep.mutations() : null;
}
