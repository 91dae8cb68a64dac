import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeTitle, titleFinder, titleMatches } from "../../src/core/title-match.ts";

// The definition, written plainly: equal after normalising, or containing a long enough title
// at word boundaries. The finder's shortcut must never change the answer.
function slowMatches(title: string, candidate: string): boolean {
  const t = normalizeTitle(title);
  const c = normalizeTitle(candidate);
  if (t.length === 0 || c.length === 0) return false;
  return t === c || (t.length >= 15 && ` ${c} `.includes(` ${t} `));
}

const unit = fc.constantFrom(..."ab ck'’-`.,Éé ﬁ fi ＡB\u00a0".split(""), "runner's", "knee", " pain ");
const text = fc.string({ unit, maxLength: 40 });

describe("title matching", () => {
  it("the finder agrees with the definition", () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), text, (titles, candidate) => {
        const find = titleFinder(titles.map((title, i) => ({ id: `t${i}`, title })));
        const expected = titles.flatMap((title, i) => (slowMatches(title, candidate) ? [`t${i}`] : []));
        expect(find(candidate)).toEqual(expected);
      }),
      { numRuns: 10_000 },
    );
  });

  it.each([
    ["Why runner's knee hurts on hills", "Continue reading Why runners knee hurts on hills", true],
    ["Why runner's knee hurts on hills", "WHY RUNNER’S KNEE HURTS ON HILLS", true],
    ["The ﬁrst backward run of many", "the first backward run of many — Blog", true],
    ["Running", "Running shoes on sale today", false],
  ])("%j in %j: %s", (title, candidate, expected) => expect(titleMatches(title, candidate)).toBe(expected));
});
