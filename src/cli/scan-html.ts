import { parseHTML } from "linkedom";
import type { Match, Matcher } from "../core/matcher.ts";
import { buildTextModel } from "../dom/text-model.ts";

export interface HtmlScan {
  text: string;
  matches: Match[];
}

/** Parses an HTML document in Node and runs the same text model and matcher as the browser. */
export function scanHtml(html: string, matcher: Matcher): HtmlScan {
  const { document } = parseHTML(html);
  const root = (document.body ?? document.documentElement) as unknown as Node | null;
  if (!root) return { text: "", matches: [] };
  const { text } = buildTextModel(root);
  return { text, matches: matcher.scan(text) };
}
