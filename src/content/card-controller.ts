import { h, render } from "preact";
import type { CardData, TermRef } from "../messaging/protocol.ts";
import { Card } from "../ui/card/Card.tsx";
import { attachCard } from "../ui/card/card-position.ts";
import type { CardView } from "../ui/card/card-view.ts";
import type { UiHost } from "./ui-host.ts";
import { t } from "../platform/i18n.ts";

export interface CardDeps {
  doc: Document;
  host: UiHost;
  siteName: string | null;
  fetchCard: (termId: string) => Promise<CardData | null>;
  /** The card's stylesheet, fetched once, when the first card opens. */
  fetchStyle: () => Promise<string>;
  onDisableSite: () => void;
  signal: AbortSignal;
}

interface Step {
  termId: string;
  matched?: string;
}

/**
 * One card at a time: opens next to a term, walks related terms with a back stack, closes on
 * Esc, the close button or a click elsewhere, and gives focus back to where it was.
 */
export class CardController {
  private mount: HTMLElement | null = null;
  private stack: Step[] = [];
  private anchor: Range | null = null;
  private at = { x: 16, y: 16 };
  private unposition: (() => void) | null = null;
  private returnFocus: Element | null = null;
  private styled: Promise<void> | null = null;

  constructor(private readonly deps: CardDeps) {
    const { doc, host, signal } = deps;
    doc.addEventListener("pointerdown", (e) => this.isOpen && !host.inPath(e) && this.close(false), {
      capture: true,
      signal,
    });
    doc.addEventListener("keydown", (e) => e.key === "Escape" && this.isOpen && this.close(true), { signal });
    signal.addEventListener("abort", () => this.close(false), { once: true });
  }

  get isOpen(): boolean {
    return this.mount !== null;
  }

  async openTerm(termId: string, anchor: Range | null, matched?: string): Promise<void> {
    await this.style();
    this.begin(anchor);
    this.stack = [{ termId, matched }];
    return this.load();
  }

  async showMissing(text: string, suggestions: TermRef[], anchor: Range | null): Promise<void> {
    await this.style();
    this.begin(anchor);
    this.stack = [];
    this.show({ kind: "missing", text, suggestions });
  }

  /** Styles the shadow root for cards before the first one shows (unstyled if the background is gone). */
  private style(): Promise<void> {
    this.styled ??= this.deps
      .fetchStyle()
      .then((css) => this.deps.host.addStyle(css))
      .catch(() => undefined);
    return this.styled;
  }

  close(restoreFocus: boolean): void {
    if (!this.mount) return;
    this.unposition?.();
    this.unposition = null;
    render(null, this.mount);
    this.mount.remove();
    this.mount = null;
    this.stack = [];
    const target = this.returnFocus as HTMLElement | null;
    this.returnFocus = null;
    if (restoreFocus && target?.isConnected && typeof target.focus === "function")
      target.focus({ preventScroll: true });
  }

  private begin(anchor: Range | null): void {
    if (!this.mount) {
      const active = this.deps.doc.activeElement;
      this.returnFocus = this.deps.host.contains(active) ? null : active;
      this.mount = this.deps.doc.createElement("div");
      this.deps.host.shadow.append(this.mount);
    }
    // A new anchor: re-attach positioning to it on the next render.
    this.unposition?.();
    this.unposition = null;
    this.anchor = anchor;
    const box = anchor?.getBoundingClientRect();
    if (box) this.at = { x: box.left, y: box.bottom };
  }

  private async load(): Promise<void> {
    const step = this.stack[this.stack.length - 1];
    if (!step) return;
    this.show({ kind: "loading" });
    try {
      const data = await this.deps.fetchCard(step.termId);
      if (this.stack[this.stack.length - 1] !== step) return; // the user moved on meanwhile
      this.show(
        data ? { kind: "term", data, matched: step.matched } : { kind: "error", message: t("cardTermGone") },
      );
    } catch {
      this.show({
        kind: "error",
        message: t("cardLoadFailed"),
      });
    }
  }

  private show(view: CardView): void {
    if (!this.mount) return;
    render(
      h(Card, {
        view,
        canGoBack: this.stack.length > 1,
        siteName: this.deps.siteName,
        onClose: () => this.close(true),
        onBack: () => {
          this.stack.pop();
          void this.load();
        },
        onOpenTerm: (termId) => {
          this.stack.push({ termId });
          void this.load();
        },
        onDisableSite: () => {
          this.close(true);
          this.deps.onDisableSite();
        },
      }),
      this.mount,
    );
    const card = this.mount.querySelector<HTMLElement>(".card");
    if (card && !this.unposition) this.unposition = attachCard(card, this.anchor, this.at);
  }
}
