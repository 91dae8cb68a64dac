import { Buffer } from "node:buffer";
import { TextDecoder } from "node:util";
import { parse } from "parse5";

// Turns a saved page into the bytes the sweep serves: every <script> element cut out, nothing
// else touched. The cut is made on the original bytes (read as latin1, one char per byte), so the
// page keeps its encoding and every byte outside the scripts; the CLI scans exactly these bytes.
// parse5 is the HTML parser jsdom (and so the CLI) uses; scripting is on, as in a browser, so the
// contents of <noscript> are text and a "<script>" written inside one is not an element.

const BOMS = [
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xfe, 0xff], "utf-16be"],
  [[0xff, 0xfe], "utf-16le"],
];

/**
 * The encoding the CLI decodes a file with (src/cli/decode-html.ts): a BOM, else a <meta> charset
 * in the first 1 KB, else UTF-8. The server declares it in Content-Type, as a web server would,
 * so the browser decodes the bytes the same way rather than guessing for unlabelled pages.
 */
export function sniffCharset(bytes) {
  for (const [bom, label] of BOMS) if (bom.every((b, i) => bytes[i] === b)) return label;
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  const label = meta?.[1]?.toLowerCase() ?? "utf-8";
  try {
    new TextDecoder(label);
    return label;
  } catch {
    return "utf-8"; // an unknown label: the CLI falls back to UTF-8, and so must the browser
  }
}

function* elements(node) {
  const stack = [node];
  while (stack.length) {
    const n = stack.pop();
    if (n.tagName !== undefined) yield n;
    if (n.content) stack.push(n.content); // <template> contents
    if (n.childNodes) for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]);
  }
}

/** [start, end) offsets of every <script> element (HTML or SVG), end tag included. */
function scriptSpans(html) {
  const doc = parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: true });
  const spans = [];
  for (const el of elements(doc)) {
    if (el.tagName !== "script") continue;
    const loc = el.sourceCodeLocation;
    if (!loc) continue; // implied by the parser: no bytes to cut
    const last = el.childNodes.at(-1)?.sourceCodeLocation;
    const end = loc.endTag?.endOffset ?? Math.max(loc.endOffset, last?.endOffset ?? 0);
    spans.push([loc.startOffset, end]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

function cut(html, spans) {
  let out = "";
  let at = 0;
  for (const [start, end] of spans) {
    if (start < at) continue;
    out += html.slice(at, start);
    at = end;
  }
  return out + html.slice(at);
}

/**
 * Removes every <script> element from a page. Cutting can join text into a new "<script>"
 * ("<scr<script></script>ipt>"), so the result is parsed again until none is left.
 * Returns the bytes to serve, the charset to declare and how many elements were removed.
 */
export function stripScripts(bytes) {
  const charset = sniffCharset(bytes);
  const utf16 = charset.startsWith("utf-16");
  // Pages in an ASCII-compatible encoding are edited byte for byte; UTF-16 pages are decoded
  // and re-encoded as UTF-8 with a BOM, which both the browser and the CLI honour first.
  let html = utf16 ? new TextDecoder(charset).decode(bytes) : Buffer.from(bytes).toString("latin1");
  let removed = 0;
  for (let pass = 0; pass < 10; pass++) {
    const spans = scriptSpans(html);
    if (spans.length === 0) {
      const out = utf16
        ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html, "utf8")])
        : Buffer.from(html, "latin1");
      return { bytes: out, charset: utf16 ? "utf-8" : charset, removed };
    }
    removed += spans.length;
    html = cut(html, spans);
  }
  throw new Error("script elements still present after 10 passes");
}
