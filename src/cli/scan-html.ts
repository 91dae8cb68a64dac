import { JSDOM, VirtualConsole } from "jsdom";
import type { Match, Matcher } from "../core/matcher.ts";
import { attachDeclarativeShadowRoots } from "../dom/declarative-shadow.ts";
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
/**
 * Browsers parse with scripting on, so <noscript> content is raw text that is never shown; jsdom
 * parses with scripting off and would move a <head> noscript's elements into the body. Dropping
 * noscript elements first gives the tree a browser reads text from.
 */
export function withoutNoscript(html: string): string {
  return html.replace(/<noscript\b[\s\S]*?<\/noscript\s*>/gi, "");
}

export function scanHtml(html: string, matcher: Matcher): HtmlScan {
  // A silent console: real pages' stylesheets often fail jsdom's CSS parser, which is not our concern.
  const { document } = new JSDOM(withoutNoscript(html), { virtualConsole: new VirtualConsole() }).window;
  attachDeclarativeShadowRoots(document);
  const root = document.body ?? document.documentElement;
  if (!root) return { text: "", matches: [] };
  const { text } = buildTextModel(root);
  return { text, matches: matcher.scan(text) };
}
