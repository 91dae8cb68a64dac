import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { type ProxyRecord, startRecordingProxy, unexplained } from "../../sweep/record-proxy.mjs";

// The Firefox sweep's privacy check: what left the browser that the page did not ask for.
describe("requests the page does not account for", () => {
  const page = ["http://127.0.0.1:4000/p.html", "http://cdn.example/a.css#x", "https://img.example/b.png"];

  it("accounts for the page's plain-HTTP requests by URL and its HTTPS ones by host and port", () => {
    const records: ProxyRecord[] = [
      { kind: "http", target: "http://cdn.example/a.css" },
      { kind: "connect", target: "img.example:443" },
    ];
    expect(unexplained(records, page)).toEqual([]);
  });

  it("flags anything else, the same host on another path or port included", () => {
    const records: ProxyRecord[] = [
      { kind: "http", target: "http://cdn.example/other.js" },
      { kind: "connect", target: "img.example:8443" },
      { kind: "connect", target: "tracker.example:443" },
    ];
    expect(unexplained(records, page)).toEqual(records);
  });

  it("leaves Firefox's own services aside, but not look-alike hosts", () => {
    const records: ProxyRecord[] = [
      { kind: "connect", target: "firefox.settings.services.mozilla.com:443" },
      { kind: "http", target: "http://detectportal.firefox.com/canonical.html" },
      { kind: "connect", target: "mozilla.com.evil.example:443" },
      { kind: "http", target: "http://notmozilla.com/x" },
    ];
    expect(unexplained(records, page)).toEqual(records.slice(2));
  });
});

describe("the recording proxy", () => {
  it("records and refuses, and lives on when a client resets its connection", async () => {
    const proxy = await startRecordingProxy();
    try {
      for (let i = 0; i < 20; i++) {
        const socket = connect(proxy.port, "127.0.0.1");
        await new Promise((resolve) => socket.once("connect", resolve));
        socket.write("CONNECT reset.example:443 HTTP/1.1\r\nhost: reset.example:443\r\n\r\n");
        socket.resetAndDestroy();
      }
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect(proxy.port, "127.0.0.1", () =>
          socket.write("GET http://plain.example/x HTTP/1.1\r\nhost: plain.example\r\n\r\n"),
        );
        let text = "";
        socket.on("data", (chunk) => (text += chunk));
        socket.on("end", () => resolve(text));
        socket.on("error", reject);
      });
      expect(answer).toMatch(/^HTTP\/1\.1 502/);
      await expect.poll(() => proxy.take().length > 0).toBe(true);
    } finally {
      await proxy.close();
    }
  });
});
