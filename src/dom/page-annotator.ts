import type { Match, Matcher } from "../core/matcher.ts";
import { type Annotation, AnnotationIndex } from "./annotation-index.ts";
import { dirtyRoots } from "./dirty-roots.ts";
import { mutationScope } from "./mutation-scope.ts";
import { rangeFor, textModelSteps } from "./text-model.ts";
import { textNodesIn } from "./text-nodes.ts";
import { runInSlices, sliceClock } from "./yield.ts";

export interface AnnotatorEvents {
  /** Annotations were added or removed; `added`/`removed` are the difference. */
  changed(added: readonly Annotation[], removed: readonly Annotation[]): void;
}

const SLICE_MS = 12;
const BATCH_DELAY_MS = 60;
const SCAN_WINDOW = 64 * 1024; // characters per scan window (about 1 ms of matching)

/**
 * Annotates a document body and keeps it annotated: one full pass at start (in slices, measured
 * as `backstride:annotate`), then only the blocks that mutations touched, batched. Stops, with
 * its observer, when `signal` aborts.
 */
export class PageAnnotator {
  readonly index = new AnnotationIndex();
  private readonly observer: MutationObserver;
  private pending: MutationRecord[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Open shadow roots the walk entered: an observer on the document does not see inside them. */
  private readonly roots = new Set<ShadowRoot>();
  private readonly watchShadow = (root: ShadowRoot) => {
    if (this.roots.has(root)) return;
    this.roots.add(root);
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  };

  constructor(
    private readonly doc: Document,
    private matcher: Matcher,
    private readonly events: AnnotatorEvents,
    private readonly ignore: (node: Node) => boolean,
    private readonly signal: AbortSignal,
  ) {
    this.observer = new MutationObserver((records) => this.queue(records));
    signal.addEventListener("abort", () => this.stop(), { once: true });
  }

  async start(): Promise<void> {
    const body = this.doc.body;
    if (!body) return;
    performance.mark("backstride:annotate-start");
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
    await this.annotateRoots([body]);
    if (!this.signal.aborted) performance.measure("backstride:annotate", "backstride:annotate-start");
  }

  /**
   * The open shadow roots holding page text, for hit tests. A root attached after its host's
   * block was read is found only when a mutation makes that block be read again.
   */
  get shadowRoots(): ShadowRoot[] {
    for (const root of this.roots) if (!root.host.isConnected) this.roots.delete(root);
    return [...this.roots];
  }

  /** Re-annotates everything, e.g. after custom terms changed. */
  async reset(matcher: Matcher): Promise<void> {
    this.matcher = matcher;
    const removed = [...this.index.inOrder()];
    this.index.clear();
    this.events.changed([], removed);
    if (this.doc.body) await this.annotateRoots([this.doc.body]);
  }

  private queue(records: MutationRecord[]): void {
    for (const r of records) if (!this.ignore(r.target)) this.pending.push(r);
    if (this.pending.length && this.timer === undefined) {
      this.timer = setTimeout(() => this.flush(), BATCH_DELAY_MS);
    }
  }

  /** Applies queued mutations; also usable directly by tests and benchmarks. */
  flush(): Promise<void> {
    this.timer = undefined;
    const records = this.pending.concat(this.observer.takeRecords().filter((r) => !this.ignore(r.target)));
    this.pending = [];
    if (records.length === 0 || this.signal.aborted) return Promise.resolve();
    const { changed, removed } = mutationScope(records);
    const gone = removed.flatMap((n) => (n.isConnected ? [] : textNodesIn(n)));
    const removedAnnotations = this.index.removeTouching(gone);
    if (removedAnnotations.length) this.events.changed([], removedAnnotations);
    const body = this.doc.body;
    if (!body) return Promise.resolve();
    // A replaced <body> (some single-page apps do this) is annotated afresh.
    const roots =
      changed.has(body) || [...changed].some((n) => n === this.doc.documentElement)
        ? [body]
        : dirtyRoots(changed, body);
    return this.annotateRoots(roots);
  }

  /** Every pass is cut into slices: even a mutation can bring megabytes of text. */
  private async annotateRoots(roots: Element[]): Promise<void> {
    const clock = sliceClock(SLICE_MS);
    const stopped = () => this.signal.aborted;
    for (const root of roots) {
      if (stopped()) return;
      const model = await runInSlices(textModelSteps(root, 1000, this.watchShadow), clock, stopped);
      if (!model) return;
      const removed = this.index.removeTouching(model.nodes);
      const matches = await runInSlices(this.scanSteps(model.text), clock, stopped);
      if (!matches) return;
      const added: Annotation[] = [];
      for (const m of matches) {
        if (this.signal.aborted) return;
        const range = rangeFor(model, this.doc, m.start, m.end);
        if (!range) continue;
        const annotation = { termId: m.termId, text: model.text.slice(m.start, m.end), range };
        this.index.add(annotation);
        added.push(annotation);
        // Registered together at the end: every change to the highlight set repaints the
        // text it covers, which on a 20 MB text node costs as much as the page's first paint.
        if (clock.expired()) {
          await clock.pause();
          if (stopped()) return;
        }
      }
      this.events.changed(added, removed);
    }
  }

  /**
   * Scans the text in windows, pausing between them, so megabytes of text never make one long
   * task — even one text node of 20 MB: the matcher resumes exactly where a window stopped.
   */
  private *scanSteps(text: string): Generator<void, Match[]> {
    if (text.length <= SCAN_WINDOW) return this.matcher.scan(text);
    const matches: Match[] = [];
    for (let from = 0; from < text.length;) {
      const window = this.matcher.scanWindow(text, from, Math.min(text.length, from + SCAN_WINDOW));
      for (const m of window.matches) matches.push(m);
      from = window.next;
      yield;
    }
    return matches;
  }

  private stop(): void {
    this.observer.disconnect();
    clearTimeout(this.timer);
    this.pending = [];
    this.index.clear();
  }
}
