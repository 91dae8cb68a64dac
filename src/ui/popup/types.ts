import type { PageTerm } from "../../messaging/protocol.ts";

// Plain data the popup's components are given; main.tsx turns browser state into these.

/** What the popup knows about the current tab's terms. */
export type PageState =
  | { kind: "loading" }
  /** Not a web page (browser pages, about: pages, the new-tab page): no content script there. */
  | { kind: "restricted" }
  /** A web page whose content script did not answer (extension stores, pages opened before install). */
  | { kind: "unreachable" }
  | { kind: "listed"; terms: PageTerm[]; active: boolean; site: string | null };

/** Host access for the tab's origin (Firefox asks the user per site). */
export interface HostAccess {
  origin: string;
  granted: boolean;
}

export type Order = "page" | "frequency";
