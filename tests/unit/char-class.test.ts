import { describe, expect, it } from "vitest";
import { APOSTROPHE, BREAK, HYPHEN, IGNORABLE, SPACE, WORD, kindOf } from "../../src/core/char-class.ts";

describe("character classes", () => {
  it("classify Latin-1 by hand exactly as the Unicode letter/mark/number properties do", () => {
    const letterOrDigit = /^[\p{L}\p{M}\p{N}]$/u;
    for (let c = 0; c < 0x100; c++) {
      const kind = kindOf(c);
      if (kind !== WORD && kind !== BREAK) continue; // listed white space, hyphens, apostrophes
      const expected = letterOrDigit.test(String.fromCharCode(c)) ? WORD : BREAK;
      expect({ code: c.toString(16), kind }).toEqual({ code: c.toString(16), kind: expected });
    }
  });

  it("classify every other code unit as the Unicode properties do, by hand or by the pattern", () => {
    const letterOrDigit = /^[\p{L}\p{M}\p{N}]$/u;
    const wrong: string[] = [];
    for (let c = 0x100; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue; // surrogates: word characters on purpose
      const kind = kindOf(c);
      if (kind !== WORD && kind !== BREAK) continue;
      const expected = letterOrDigit.test(String.fromCharCode(c)) ? WORD : BREAK;
      if (kind !== expected) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    ["a", WORD],
    ["é", WORD],
    ["ß", WORD],
    ["7", WORD],
    ["½", WORD],
    ["×", BREAK],
    [".", BREAK],
    ["\u00a0", SPACE],
    ["\u00ad", IGNORABLE],
    ["-", HYPHEN],
    ["’", APOSTROPHE],
    ["ж", WORD],
    ["漢", WORD],
    ["\ud83c", WORD],
  ])("%j", (ch, kind) => expect(kindOf(ch.charCodeAt(0))).toBe(kind));
});
