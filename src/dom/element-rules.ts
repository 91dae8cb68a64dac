import { OWN_UI_TAG } from "./own-ui.ts";

// Which elements hold readable text and where words cannot join. Decided by tag name, not by
// computed style: it works the same in Node (the scan CLI) and costs nothing per element.

const SKIPPED = new Set([
  "head",
  "script",
  "style",
  "noscript",
  "template",
  "textarea",
  "input",
  "select",
  "option",
  "optgroup",
  "datalist",
  "button",
  "svg",
  "math",
  "iframe",
  "object",
  "embed",
  "canvas",
  "video",
  "audio",
  "picture",
  "map",
  "rp",
  "title",
  "meta",
  "link",
  OWN_UI_TAG,
]);

const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "br",
  "caption",
  "center",
  "col",
  "colgroup",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "frameset",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "html",
  "img",
  "legend",
  "li",
  "listing",
  "main",
  "menu",
  "nav",
  "ol",
  "p",
  "plaintext",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
  "xmp",
]);

// Elements that may carry a shadow root (attachShadow's list), besides custom elements.
const SHADOW_HOSTS = [
  "article",
  "aside",
  "blockquote",
  "body",
  "div",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "main",
  "nav",
  "p",
  "section",
  "span",
];

export const BLOCK = 1;
export const SKIP = 2;
export const SHADOW_HOST = 4;
export const SLOT = 8;

// One lookup per element in the text walk: DOM calls from a content script cost far more than
// a map lookup, so the walk reads `localName` once and asks for everything else here.
const FLAGS = new Map<string, number>();
const mark = (names: Iterable<string>, flag: number) => {
  for (const n of names) FLAGS.set(n, (FLAGS.get(n) ?? 0) | flag);
};
mark(BLOCKS, BLOCK);
mark(SKIPPED, SKIP);
mark(SHADOW_HOSTS, SHADOW_HOST);
mark(["slot"], SLOT);

/** BLOCK, SKIP, SHADOW_HOST and SLOT bits of an element by its local name. */
export function flagsOf(localName: string): number {
  return FLAGS.get(localName) ?? (localName.includes("-") ? SHADOW_HOST : 0);
}

/** The attributes that hide an element or make it an editor: one query finds them all. */
export const MARKED_SELECTOR = "[hidden],[contenteditable]";

/** For an element that has `hidden` or `contenteditable`: is its text left alone? */
export function isHiddenOrEditable(el: Element): boolean {
  if (el.hasAttribute("hidden")) return true;
  const editable = el.getAttribute("contenteditable");
  return editable !== null && editable.toLowerCase() !== "false";
}

/** Elements whose text is never annotated: code-like, form controls, editors, hidden, our own UI. */
export function isSkipped(el: Element): boolean {
  return (flagsOf(el.localName) & SKIP) !== 0 || isHiddenOrEditable(el);
}

/** Elements that start a new line of text: words on either side never form one phrase. */
export function isBlock(el: Element): boolean {
  return (flagsOf(el.localName) & BLOCK) !== 0;
}
