import { describe, expect, it } from "vitest";
import type { FormEntry } from "../../src/core/matcher.ts";
import { compileMatcher } from "../../src/core/trie-builder.ts";

const forms: FormEntry[] = [
  { termId: "cog", form: "center of gravity", caseSensitive: false },
  { termId: "cog", form: "centre of gravity", caseSensitive: false },
  { termId: "cog", form: "CoG", caseSensitive: true },
  { termId: "knee", form: "knee", caseSensitive: false },
  { termId: "hip", form: "hip", caseSensitive: false },
  { termId: "lkp", form: "lateral knee pain", caseSensitive: false },
  { termId: "knee-pain", form: "knee pain", caseSensitive: false },
  { termId: "newton3", form: "Newton's third law", caseSensitive: false },
  { termId: "retro", form: "retro running", caseSensitive: false },
  { termId: "itb", form: "IT band", caseSensitive: false },
  { termId: "itbs", form: "ITBS", caseSensitive: true },
  { termId: "grf", form: "GRF", caseSensitive: true },
  { termId: "stress-fracture", form: "stress fracture", caseSensitive: false },
  { termId: "ecc", form: "eccentric contraction", caseSensitive: false },
  { termId: "pfps", form: "patellofemoral pain syndrome", caseSensitive: false },
  { termId: "rk", form: "runner's knee", caseSensitive: false },
  { termId: "injury", form: "overuse injury", caseSensitive: false },
  { termId: "calf", form: "calf", caseSensitive: false },
];
const matcher = compileMatcher(forms);
const found = (text: string) => matcher.scan(text).map((m) => [text.slice(m.start, m.end), m.termId]);

describe("matcher", () => {
  it.each([
    ["The Center of Gravity moves", [["Center of Gravity", "cog"]]],
    ["CENTRE OF GRAVITY", [["CENTRE OF GRAVITY", "cog"]]],
    ["your CoG shifts", [["CoG", "cog"]]],
    ["a bike cog and a COG", []],
    [
      "GRF peaks; grf is not matched; GRFs are",
      [
        ["GRF", "grf"],
        ["GRFs", "grf"],
      ],
    ],
    ["ITBS or itbs", [["ITBS", "itbs"]]],
    ["the IT band and the it band", [["IT band", "itb"]]],
  ])("case rules: %s", (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    [
      "knees and hips",
      [
        ["knees", "knee"],
        ["hips", "hip"],
      ],
    ],
    ["two stress fractures", [["stress fractures", "stress-fracture"]]],
    ["eccentric contractions", [["eccentric contractions", "ecc"]]],
    ["the knee's angle", [["knee's", "knee"]]],
    ["both knees' angles", [["knees", "knee"]]],
    ["tight calves", [["calves", "calf"]]],
    ["overuse injuries", [["overuse injuries", "injury"]]],
  ])("inflections: %s", (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    ["hipster ship relationship", []],
    ["kneel and kneecap", []],
    ["hip-hop dancers", []],
    ["a knee-deep puddle", []],
    ["pre-hip", []],
    ["hip.", [["hip", "hip"]]],
    ["(knee)", [["knee", "knee"]]],
    ["knee2", []],
    [
      "hip- and knee pain",
      [
        ["hip", "hip"],
        ["knee pain", "knee-pain"],
      ],
    ],
  ])("whole words only: %s", (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    ["Newton’s third law", [["Newton’s third law", "newton3"]]],
    ["Newton's third law", [["Newton's third law", "newton3"]]],
    ["runner’s knee", [["runner’s knee", "rk"]]],
    ["center\u00a0of   gravity", [["center\u00a0of   gravity", "cog"]]],
    ["center\nof\n\tgravity", [["center\nof\n\tgravity", "cog"]]],
    ["Patello\u00adfemoral pain syndrome", [["Patello\u00adfemoral pain syndrome", "pfps"]]],
    ["Patello\u200bfemoral pain syndrome", [["Patello\u200bfemoral pain syndrome", "pfps"]]],
    [
      "retro-running and retro running and retro\u2011running",
      [
        ["retro-running", "retro"],
        ["retro running", "retro"],
        ["retro\u2011running", "retro"],
      ],
    ],
    ["retro – running", []],
    ["center of, gravity", []],
    ["center of\u2029gravity", []],
  ])("typography: %j", (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    ["lateral knee pain", [["lateral knee pain", "lkp"]]],
    ["knee pain", [["knee pain", "knee-pain"]]],
    ["lateral knee", [["knee", "knee"]]],
    ["knee pains", [["knee pains", "knee-pain"]]],
    ["runner's knee pain", [["runner's knee", "rk"]]],
  ])("longest leftmost, no overlap: %s", (text, expected) => expect(found(text)).toEqual(expected));

  it("reports offsets into the scanned range only", () => {
    const text = "knee hip knee";
    expect(matcher.scan(text, 5, 13).map((m) => [m.start, m.end])).toEqual([
      [5, 8],
      [9, 13],
    ]);
  });

  it("explicit forms win over generated plurals", () => {
    const m = compileMatcher([
      { termId: "hamstrings", form: "hamstrings", caseSensitive: false },
      { termId: "hamstring-strain", form: "hamstring strain", caseSensitive: false },
      { termId: "other", form: "hamstring", caseSensitive: false },
    ]);
    expect(m.scan("hamstrings").map((x) => x.termId)).toEqual(["hamstrings"]);
  });

  it("needs no terms", () => {
    expect(compileMatcher([]).scan("anything at all")).toEqual([]);
  });
});

describe("forms sharing letters", () => {
  it("prefers a listed abbreviation over another term's generated plural", () => {
    const m = compileMatcher([
      { termId: "itb", form: "ITB", caseSensitive: true },
      { termId: "itbs", form: "ITBS", caseSensitive: true },
    ]);
    expect(m.scan("ITBS and ITBs").map((x) => x.termId)).toEqual(["itbs", "itb"]);
  });

  it("keeps an abbreviation's plural case-sensitive", () => {
    const m = compileMatcher([{ termId: "grf", form: "GRF", caseSensitive: true }]);
    expect(m.scan("GRFS grfs GRFs").map((x) => x.start)).toEqual([10]);
  });
});
