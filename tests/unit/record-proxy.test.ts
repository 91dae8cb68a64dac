import { describe, expect, it } from "vitest";
import { type ProxyRecord, unexplained } from "../../sweep/record-proxy.mjs";

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
