import { httpUrl } from "../../core/http-url.ts";
import type { CardData, TermRef } from "../../messaging/protocol.ts";

/** What the card shows: a term, a lookup that found nothing, or a loading/failed state. */
export type CardView =
  | { kind: "loading" }
  | { kind: "term"; data: CardData; matched?: string }
  | { kind: "missing"; text: string; suggestions: TermRef[] }
  | { kind: "error"; message: string };

/** Only http(s) links are ever rendered: data from imports or feeds may carry anything. */
export function safeHref(url: string): string | null {
  return httpUrl(url)?.href ?? null;
}

/** The matched page text worth showing: "ITBS → Iliotibial band syndrome", not "knees → Knee". */
export function showsMatchedForm(matched: string | undefined, label: string): boolean {
  if (!matched) return false;
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[’']s$|s$/u, "")
      .replace(/[\s\u00a0\-‐‑]+/gu, " ");
  return norm(matched) !== norm(label);
}
