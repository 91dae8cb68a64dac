import { describe, expect, it } from "vitest";
import { CustomTermsSchema, parseCustomTerms } from "../../src/core/custom-terms.ts";
import type { Term } from "../../src/core/glossary-schema.ts";
import { SETTINGS_FILE_KIND, parseSettingsFile, toSettingsFile } from "../../src/core/settings-file.ts";
import { DEFAULT_SETTINGS } from "../../src/core/settings.ts";
import { builtInTerms, validTerm } from "../support/fixtures.ts";

/** A valid term as plain data, with fields replaced by anything, valid or not. */
const term = (over: Partial<Record<keyof Term, unknown>> = {}) => ({ ...validTerm(), ...over });
const errorsOf = (data: unknown) => {
  const result = parseCustomTerms(data, builtInTerms);
  return result.ok ? [] : result.errors;
};

describe("parseCustomTerms", () => {
  it("accepts valid terms and fills the optional lists", () => {
    const { aliases: _a, abbreviations: _b, related: _c, ...minimal } = term();
    const result = parseCustomTerms(
      [minimal, term({ id: "other", label: "other drill", aliases: [], abbreviations: [] })],
      builtInTerms,
    );
    expect(result.ok).toBe(true);
    expect(result.ok && result.value[0]).toMatchObject({ aliases: [], abbreviations: [], related: [] });
  });

  it("accepts no terms at all", () => {
    expect(parseCustomTerms([], builtInTerms)).toEqual({ ok: true, value: [] });
  });

  it.each([
    ["not a list", "x", /^terms: /],
    ["a bad id", [term({ id: "Hip Drop" })], /^0\.id: must be kebab-case/],
    ["a bad URL", [term({ sources: [{ title: "x", url: "nope" }] })], /^0\.sources\.0\.url: /],
    [
      "a non-http URL",
      [term({ sources: [{ title: "x", url: "ftp://example.org/" }] })],
      /^0\.sources\.0\.url: must be an http\(s\) address/,
    ],
    ["no sources", [term({ sources: [] })], /^0\.sources: needs at least one source/],
    [
      "an unmatchable alias",
      [term({ aliases: ["ok", "hip (drop)"] })],
      /^0\.aliases\.1: form "hip \(drop\)" contains "\("/,
    ],
    ["an unknown category", [term({ category: "astrology" })], /^0\.category: /],
    [
      "one sentence",
      [term({ explanation: "Only one sentence here, which is not enough for a card." })],
      /^0\.explanation: must be 2 to 5 sentences/,
    ],
    ["an unknown field", [{ ...term(), colour: "red" }], /^0\.colour: /],
    ["too many terms", Array.from({ length: 501 }, (_, i) => term({ id: `t-${i}` })), /^terms: .*500/],
  ])("explains %s with the path of the field", (_what, data, error) => {
    const errors = errorsOf(data);
    expect(
      errors.some((e) => error.test(e)),
      errors.join("\n"),
    ).toBe(true);
  });

  it("refuses an id used twice", () => {
    expect(errorsOf([term(), term({ label: "another drill", aliases: [], abbreviations: [] })])).toEqual([
      '1.id: "hip-drop-drill" is used twice',
    ]);
  });

  it("refuses the id of a glossary term", () => {
    expect(errorsOf([term({ id: "knee" })])).toEqual(['0.id: "knee" is already a glossary term']);
  });

  it.each([
    ["an alias", { aliases: ["knee"] }, '0: the phrase "knee" already belongs to "knee"'],
    ["an alias in other case", { aliases: ["Knee"] }, '0: the phrase "Knee" already belongs to "knee"'],
    [
      "the label",
      { label: "ground reaction force" },
      '0: the phrase "ground reaction force" already belongs to "ground-reaction-force"',
    ],
    [
      "an abbreviation",
      { abbreviations: ["ITBS"] },
      '0: the phrase "ITBS" already belongs to "iliotibial-band-syndrome"',
    ],
  ])("refuses %s that belongs to the glossary", (_what, over, error) => {
    expect(errorsOf([term(over)])).toEqual([error]);
  });

  it("refuses a phrase another custom term already has", () => {
    const second = term({
      id: "second-drill",
      label: "second drill",
      aliases: ["Pelvic drop drill"],
      abbreviations: [],
    });
    expect(errorsOf([term(), second])).toEqual([
      '1: the phrase "Pelvic drop drill" already belongs to "hip-drop-drill"',
    ]);
  });

  it("lets a term repeat its own phrases", () => {
    expect(errorsOf([term({ aliases: ["hip drop drill", "Hip Drop Drill"] })])).toEqual([]);
  });

  it("checks related ids against the glossary and the other custom terms", () => {
    const second = term({
      id: "second-drill",
      label: "second drill",
      aliases: [],
      abbreviations: [],
      related: ["hip-drop-drill"],
    });
    expect(errorsOf([term({ related: ["knee", "second-drill"] }), second])).toEqual([]);
    expect(errorsOf([term({ related: ["knee", "no-such-term"] })])).toEqual([
      '0.related.1: no term has the id "no-such-term"',
    ]);
  });

  it("uses the glossary's own term schema", () => {
    expect(CustomTermsSchema).toBeDefined();
    for (const t of builtInTerms.slice(0, 3))
      expect(
        errorsOf([
          { ...t, id: `my-${t.id}`, label: `my ${t.label}`, aliases: [], abbreviations: [], related: [] },
        ]),
      ).toEqual([]);
  });
});

describe("parseSettingsFile", () => {
  const settings = {
    ...DEFAULT_SETTINGS,
    highlightStyle: "marker" as const,
    disabledSites: ["news.example.com"],
  };
  const file = (over: Record<string, unknown> = {}) =>
    JSON.stringify({ ...toSettingsFile(settings, [validTerm()]), ...over });

  it("round-trips an exported file", () => {
    expect(parseSettingsFile(file(), builtInTerms)).toEqual({
      ok: true,
      value: toSettingsFile(settings, [validTerm()]),
    });
  });

  it("treats missing custom terms as none", () => {
    const { customTerms: _omit, ...rest } = toSettingsFile(settings, []);
    expect(parseSettingsFile(JSON.stringify(rest), builtInTerms)).toEqual({
      ok: true,
      value: toSettingsFile(settings, []),
    });
  });

  it.each([
    ["bad JSON", "{ nope", /^not valid JSON: /],
    ["an array", "[]", /^expected a JSON object exported by Backstride$/],
    ["null", "null", /^expected a JSON object/],
    [
      "another kind",
      file({ kind: "something" }),
      new RegExp(`^kind/format: expected "kind": "${SETTINGS_FILE_KIND}"`),
    ],
    ["another format", file({ format: 2 }), /^kind\/format: /],
  ])("refuses %s with one clear error", (_what, text, error) => {
    const result = parseSettingsFile(text, builtInTerms);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([expect.stringMatching(error)]);
  });

  it("lists the problems of settings and custom terms together, each with its full path", () => {
    const text = file({
      settings: { ...settings, density: "some" },
      customTerms: [term({ sources: [{ title: "x", url: "nope" }] })],
    });
    const result = parseSettingsFile(text, builtInTerms);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors.some((e) => e.startsWith("settings.density: "))).toBe(true);
    expect(errors.some((e) => e.startsWith("customTerms.0.sources.0.url: "))).toBe(true);
  });

  it("is all or nothing: valid settings with an invalid term are refused", () => {
    const result = parseSettingsFile(file({ customTerms: [term({ id: "knee" })] }), builtInTerms);
    expect(result).toEqual({ ok: false, errors: ['customTerms.0.id: "knee" is already a glossary term'] });
  });
});

describe("custom phrases never shadow built-in ones", () => {
  it.each([["KNEE"], ["knees"], ["Knee's"]])("refuses %s, which the built-in knee already covers", (form) => {
    const term = {
      id: "my-knee",
      label: "My knee thing",
      abbreviations: [form],
      category: "anatomy",
      summary: "A custom term for the tests.",
      explanation: "It exists to be refused. It has two sentences.",
      forRunners: "Nothing to say for runners here.",
      sources: [{ title: "x", url: "https://example.org/" }],
    };
    const result = parseCustomTerms([term], builtInTerms);
    expect(result.ok ? [] : result.errors).toEqual([`0: the phrase "${form}" already belongs to "knee"`]);
  });
});
