import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { URL } from "node:url";

/**
 * Serves the prepared pages on 127.0.0.1 (an ephemeral port): `/<file>` answers the
 * scripts-removed bytes with the charset the CLI decodes them with, and a CSP that lets no page
 * script run (inline event handlers and javascript: URLs survive the removal of <script>
 * elements; the extension's content script is not subject to the page's CSP). Everything else
 * is a 404: the pages' own images and styles point at their original sites, which the browsers
 * cannot resolve here.
 */
export async function servePages(pages) {
  const byPath = new Map(pages.map((p) => [`/${encodeURIComponent(p.file)}`, p]));
  const extra = new Map();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const page = byPath.get(path) ?? extra.get(path);
    if (!page || req.method !== "GET") {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, {
      "content-type": `text/html; charset=${page.charset}`,
      "content-security-policy": "script-src 'none'; object-src 'none'",
      "cache-control": "no-store",
    });
    res.end(page.body ?? readFileSync(page.served));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    host: `127.0.0.1:${port}`,
    url: (file) => `${origin}/${encodeURIComponent(file)}`,
    /** Serves an extra page from memory (the sweep's own canary page). */
    add: (name, body) => {
      extra.set(`/${name}`, { body, charset: "utf-8" });
      return `${origin}/${name}`;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
