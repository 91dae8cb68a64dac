import type { Matcher } from "../core/matcher.ts";
import type { Settings } from "../core/settings.ts";
import type { Annotation } from "../dom/annotation-index.ts";
import { compareRanges } from "../dom/flat-order.ts";
import { PageAnnotator } from "../dom/page-annotator.ts";
import { PageHighlighter, type PageWindow } from "../dom/highlighter.ts";
import type { CardData, PageTerm, TermRef } from "../messaging/protocol.ts";
import { CardController } from "./card-controller.ts";
import { watchPointer } from "./pointer.ts";
import type { UiHost } from "./ui-host.ts";

export interface SessionDeps {
  win: PageWindow;
  host: UiHost;
  matcher: Matcher;
  settings: Settings;
  siteName: string | null;
  fetchCard: (termId: string) => Promise<CardData | null>;
  fetchCardStyle: () => Promise<string>;
  disableSite: () => void;
  reportTerms: (termIds: string[]) => void;
}

/** Backstride switched on for one page: annotation, painting, pointer and card. Ends on abort. */
export class Session {
  private readonly annotator: PageAnnotator;
  private readonly highlighter: PageHighlighter;
  private readonly card: CardController;
  private cursor: Annotation | null = null;
  private reportTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly deps: SessionDeps,
    private readonly signal: AbortSignal,
  ) {
    const { win, host, settings } = deps;
    const doc = win.document;
    this.highlighter = new PageHighlighter(win, settings.highlightStyle, settings.density);
    this.annotator = new PageAnnotator(
      doc,
      deps.matcher,
      { changed: (added, removed) => this.onChanged(added, removed) },
      (node) => host.contains(node),
      signal,
    );
    this.card = new CardController({
      doc,
      host,
      siteName: deps.siteName,
      fetchCard: deps.fetchCard,
      fetchStyle: deps.fetchCardStyle,
      onDisableSite: deps.disableSite,
      signal,
    });
    watchPointer({
      doc,
      host,
      index: this.annotator.index,
      shadowRoots: () => this.annotator.shadowRoots,
      isPainted: (a) => this.highlighter.isPainted(a),
      open: (a) => this.open(a),
      signal,
    });
    signal.addEventListener("abort", () => {
      clearTimeout(this.reportTimer);
      this.highlighter.destroy();
      host.destroy();
    });
  }

  async start(): Promise<void> {
    await this.annotator.start();
    this.report(0);
  }

  configure(settings: Settings): void {
    this.highlighter.configure(settings.highlightStyle, settings.density, () =>
      this.annotator.index.inOrder(),
    );
  }

  setMatcher(matcher: Matcher): Promise<void> {
    return this.annotator.reset(matcher);
  }

  /** Terms on the page in order of first appearance, with counts. */
  listTerms(): PageTerm[] {
    const counts = new Map<string, number>();
    for (const a of this.annotator.index.inOrder()) counts.set(a.termId, (counts.get(a.termId) ?? 0) + 1);
    return [...counts].map(([termId, count]) => ({ termId, count }));
  }

  /** Scrolls to the next occurrence of a term (after the last one shown) and explains it. */
  reveal(termId?: string): boolean {
    const all = this.annotator.index.inOrder().filter((a) => termId === undefined || a.termId === termId);
    if (all.length === 0) return false;
    const after = this.cursor ? all.findIndex((a) => compareRanges(a.range, this.cursor!.range) > 0) : 0;
    const next = all[after < 0 ? 0 : after]!;
    next.range.startContainer.parentElement?.scrollIntoView({ block: "center", inline: "nearest" });
    this.open(next);
    return true;
  }

  toggleHighlights(): boolean {
    this.highlighter.setVisible(!this.highlighter.isVisible);
    return this.highlighter.isVisible;
  }

  openCard(termId: string, anchor: Range | null): void {
    void this.card.openTerm(termId, anchor);
  }

  explainMiss(text: string, suggestions: TermRef[], anchor: Range | null): void {
    void this.card.showMissing(text, suggestions, anchor);
  }

  private open(a: Annotation): void {
    this.cursor = a;
    void this.card.openTerm(a.termId, a.range, a.text);
  }

  private onChanged(added: readonly Annotation[], removed: readonly Annotation[]): void {
    this.highlighter.update(added, removed, () => this.annotator.index.inOrder());
    if (this.cursor && removed.includes(this.cursor)) this.cursor = null;
    this.report(500);
  }

  private report(delay: number): void {
    clearTimeout(this.reportTimer);
    this.reportTimer = setTimeout(() => {
      if (!this.signal.aborted) this.deps.reportTerms(this.listTerms().map((t) => t.termId));
    }, delay);
  }
}
