/* global document, requestIdleCallback, NodeFilter, CSS, Highlight, Range, Mark */
// Functions that run inside the page (Playwright serialises them): keep each self-contained.

/** Resolves with the `backstride:annotate` measure once the content script records it, or null on timeout. */
export function awaitAnnotateMeasure(timeoutMs) {
  return new Promise((resolve) => {
    const found = () => performance.getEntriesByName("backstride:annotate")[0];
    const done = (entry) => resolve(entry ? { startTime: entry.startTime, duration: entry.duration } : null);
    if (found()) return done(found());
    const observer = new PerformanceObserver(() => {
      if (!found()) return;
      observer.disconnect();
      done(found());
    });
    observer.observe({ type: "measure" });
    setTimeout(() => {
      observer.disconnect();
      done(found());
    }, timeoutMs);
  });
}

/** Waits for an idle period (at most 500 ms): idle-time work requested before (Backstride's) has run. */
export function settle() {
  return new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 10), { timeout: 500 }));
}

/** What Backstride left on the page once its first pass is done. */
export function readBackstrideState() {
  return {
    highlights: CSS.highlights.get("backstride-subtle")?.size ?? 0,
    scripts: document.scripts.length,
    crossOriginIsolated: globalThis.crossOriginIsolated === true,
  };
}

/** The floor: a bare TreeWalker pass that reads every text node of the body. */
export function floorPass() {
  performance.mark("bench:floor-start"); // the marks let the trace give the CPU time too
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  let nodes = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    chars += node.data.length;
    nodes++;
  }
  const ms = performance.now() - t0;
  performance.mark("bench:floor-end");
  return { ms, chars, nodes };
}

/** mark.js (injected beforehand) with one combined RegExp, across elements. */
export async function markJsPass({ pattern, flags }) {
  const regexp = new RegExp(pattern, flags);
  performance.mark("bench:markjs-start");
  const t0 = performance.now();
  const marks = await new Promise((resolve) =>
    new Mark(document.body).markRegExp(regexp, { acrossElements: true, done: resolve }),
  );
  const ms = performance.now() - t0;
  performance.mark("bench:markjs-end");
  return { ms, marks };
}

/** The naive annotator: one RegExp per form, run over every text node, matches painted as highlights. */
export function naivePass(forms) {
  const regexps = forms.map(([pattern, flags]) => new RegExp(pattern, flags));
  const t0 = performance.now();
  const highlight = new Highlight();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = node.data;
    for (const regexp of regexps) {
      regexp.lastIndex = 0;
      for (let m = regexp.exec(data); m; m = regexp.exec(data)) {
        const range = new Range();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        highlight.add(range);
      }
    }
  }
  CSS.highlights.set("bench-naive", highlight);
  return { ms: performance.now() - t0, marks: highlight.size };
}
