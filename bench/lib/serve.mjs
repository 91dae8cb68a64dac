import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, serialize } from "parse5";
import { CACHE } from "./paths.mjs";

const SELF = readFileSync(fileURLToPath(import.meta.url));

/** inertHtml of a page file, cached in node_modules/.cache (keyed by the file and this module). */
export function servedHtml(path, decodeHtml) {
  const { size, mtimeMs } = statSync(path);
  const key = createHash("sha256").update(SELF).update(`${path}\0${size}\0${mtimeMs}`).digest("hex");
  const file = join(CACHE, "served", `${key.slice(0, 24)}.html`);
  if (existsSync(file)) return { html: readFileSync(file, "utf8"), removed: null };
  const result = inertHtml(readFileSync(path), decodeHtml);
  mkdirSync(join(CACHE, "served"), { recursive: true });
  writeFileSync(file, result.html);
  return result;
}

/**
 * The page as served to the browsers: decoded the way a browser would (BOM, then <meta charset>),
 * parsed with parse5 (the HTML parser jsdom uses, which builds the tree as browsers do), and
 * re-serialised as UTF-8 without anything that runs: <script> elements (HTML and SVG), on*
 * event-handler attributes, srcdoc frames and <meta http-equiv=refresh>. Results then depend on
 * the page's markup only, never on its third-party scripts.
 */
export function inertHtml(bytes, decodeHtml) {
  const document = parse(decodeHtml(bytes));
  const stack = [document];
  let removed = 0;
  while (stack.length) {
    const node = stack.pop();
    if (node.attrs) {
      const before = node.attrs.length;
      node.attrs = node.attrs.filter((a) => !/^on/i.test(a.name) && a.name !== "srcdoc");
      removed += before - node.attrs.length;
    }
    if (node.content) stack.push(node.content); // <template> contents
    if (!node.childNodes) continue;
    node.childNodes = node.childNodes.filter((child) => {
      const drop = child.nodeName === "script" || isRefresh(child);
      if (drop) removed++;
      return !drop;
    });
    stack.push(...node.childNodes);
  }
  return { html: serialize(document), removed };
}

function isRefresh(node) {
  return (
    node.nodeName === "meta" &&
    node.attrs.some((a) => a.name === "http-equiv" && a.value.trim().toLowerCase() === "refresh")
  );
}

/**
 * Serves one page at a time on 127.0.0.1. Cross-origin isolation headers (COOP + COEP) give
 * performance.now() 5 µs resolution instead of 100 µs in both browsers, extension or not; every
 * other request gets a 404 (the pages' own images and styles were not saved).
 */
export async function startPageServer() {
  let current = { path: "", html: "" };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (path !== current.path) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "cross-origin-opener-policy": "same-origin",
      "cross-origin-embedder-policy": "require-corp",
    });
    res.end(current.html);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    /** Makes `html` the page at /<name>; returns its URL. */
    publish(name, html) {
      current = { path: `/${encodeURIComponent(name)}`, html };
      return `http://127.0.0.1:${port}${current.path}`;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
