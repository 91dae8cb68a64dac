import { describe, expect, it } from "vitest";
import { decodeHtml, sniffCharset } from "../../src/cli/decode-html.ts";

describe("decodeHtml", () => {
  it("honours a BOM, then a meta charset, then falls back to UTF-8", () => {
    expect(sniffCharset(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe("utf-8");
    expect(sniffCharset(new TextEncoder().encode('<meta charset="windows-1256">'))).toBe("windows-1256");
    expect(
      sniffCharset(
        new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'),
      ),
    ).toBe("iso-8859-1");
    expect(sniffCharset(new TextEncoder().encode("<p>plain</p>"))).toBe("utf-8");
  });

  it("decodes legacy encodings and survives unknown labels", () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('<meta charset="iso-8859-1"><p>caf'), 0xe9]);
    expect(decodeHtml(latin1)).toMatch(/café$/);
    expect(decodeHtml(new TextEncoder().encode('<meta charset="x-nonsense"><p>knee'))).toMatch(/knee$/);
  });
});
