/* global URL -- Node's global */
import { createServer } from "node:http";

/**
 * The Firefox lane's only way out: an HTTP proxy on 127.0.0.1 that answers every request with a
 * 502 (the sweep stays offline) and remembers what was asked for. Plain-HTTP requests arrive with
 * their full URL; HTTPS and WebSocket ones as CONNECT host:port. WebDriver BiDi shows the page's
 * own requests but not those of a content script's fetch or of the background, so what the proxy
 * saw and BiDi did not was asked for by an extension.
 */
export async function startRecordingProxy() {
  let seen = [];
  const server = createServer((req, res) => {
    seen.push({ kind: "http", target: req.url ?? "" });
    res.on("error", () => {});
    res.writeHead(502, { connection: "close" }).end();
  });
  server.on("connect", (req, socket) => {
    seen.push({ kind: "connect", target: req.url ?? "" });
    // The socket is ours now, errors included: Firefox may reset it before reading the answer.
    socket.on("error", () => socket.destroy());
    socket.end("HTTP/1.1 502 Bad Gateway\r\nconnection: close\r\n\r\n");
  });
  server.on("clientError", (_error, socket) => socket.destroy());
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: server.address().port,
    /** What was asked for since the last call. */
    take() {
      const taken = seen;
      seen = [];
      return taken;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** host:port of a URL, with the scheme's default port written out (as CONNECT writes it). */
function hostPort(url) {
  try {
    const u = new URL(url);
    const port = u.port || { "http:": "80", "https:": "443", "ws:": "80", "wss:": "443" }[u.protocol] || "";
    return `${u.hostname}:${port}`;
  } catch {
    return null;
  }
}

// Firefox's own services (remote settings, captive-portal detection, updates) call home
// whatever the extensions do; Backstride never contacts Mozilla.
const BROWSER_SERVICES = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net|mozgcp\.net)$/;

const hostOf = (record) =>
  record.kind === "connect"
    ? record.target.replace(/:\d+$/, "")
    : (hostPort(record.target) ?? "").replace(/:\d+$/, "");

/** The browser's own requests among the records. */
export const isBrowserService = (record) => BROWSER_SERVICES.test(hostOf(record));

/** Proxy records that neither the page's requests nor the browser's own services account for. */
export function unexplained(records, pageUrls) {
  const urls = new Set(pageUrls.map((u) => u.split("#")[0]));
  const hosts = new Set(pageUrls.map(hostPort));
  return records.filter(
    (r) => !isBrowserService(r) && (r.kind === "http" ? !urls.has(r.target) : !hosts.has(r.target)),
  );
}
