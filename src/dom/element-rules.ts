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

/** Elements whose text is never annotated: code-like, form controls, editors, hidden, our own UI. */
export function isSkipped(el: Element): boolean {
  if (SKIPPED.has(el.localName)) return true;
  if (el.hasAttribute("hidden")) return true;
  const editable = el.getAttribute("contenteditable");
  return editable !== null && editable.toLowerCase() !== "false";
}

/** Elements that start a new line of text: words on either side never form one phrase. */
export function isBlock(el: Element): boolean {
  return BLOCKS.has(el.localName);
}
