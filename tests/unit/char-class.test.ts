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
