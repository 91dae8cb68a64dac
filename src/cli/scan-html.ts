import { JSDOM, VirtualConsole } from "jsdom";
import type { Match, Matcher } from "../core/matcher.ts";
import { buildTextModel } from "../dom/text-model.ts";

export interface HtmlScan {
  text: string;
  matches: Match[];
}

/**
 * Parses an HTML document in Node and runs the same text model and matcher as the browser.
 * jsdom parses with parse5, which builds the tree the way browsers do (implied <head> and
 * <body>, misnested tags), so the CLI and the extension see the same text. It runs no scripts
 * and loads no resources.
 */
export function scanHtml(html: string, matcher: Matcher): HtmlScan {
  // A silent console: real pages' stylesheets often fail jsdom's CSS parser, which is not our concern.
  const { document } = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window;
  const root = document.body ?? document.documentElement;
  if (!root) return { text: "", matches: [] };
  const { text } = buildTextModel(root);
  return { text, matches: matcher.scan(text) };
}
