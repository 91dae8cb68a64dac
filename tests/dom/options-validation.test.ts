import { describe, expect, it } from "vitest";
import { hostFromInput } from "../../src/ui/options/site-input.ts";
import {
  dataFromDraft,
  draftFromTerm,
  emptyDraft,
  humanize,
  splitList,
} from "../../src/ui/options/term-draft.ts";
import { listErrors, validateTerm } from "../../src/ui/options/validate-term.ts";
import { builtInTerms, validTerm } from "../support/fixtures.ts";

const term = validTerm({ related: ["knee"] });

describe("hostFromInput", () => {
  it.each([
    ["example.com", "example.com"],
    ["  Example.COM  ", "example.com"],
    ["https://www.example.com/a/b?c#d", "www.example.com"],
    ["http://localhost:3000", "localhost:3000"],
    ["example.com/path", "example.com"],
    ["bücher.de", "xn--bcher-kva.de"],
  ])("%j → %j", (input, host) => {
    expect(hostFromInput(input)).toEqual({ ok: true, host });
  });

  it.each([
    ["", /Enter a host name/],
    ["   ", /Enter a host name/],
    ["chrome://extensions", /Only http and https/],
    ["file:///tmp/x.html", /Only http and https/],
    ["two words", /is not a host name/],
    ["under_score.com", /is not a host name/],
    ["example.com:999999", /is not a host name/],
  ])("refuses %j", (input, error) => {
    const result = hostFromInput(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(error);
  });
});

describe("term drafts", () => {
  it("splits lists on lines and commas and drops blanks", () => {
    expect(splitList(" a, b\n\nc ,\n")).toEqual(["a", "b", "c"]);
  });

  it("round-trips a term through the form's strings", () => {
    expect(dataFromDraft(draftFromTerm(term))).toEqual(term);
  });

  it.each([
    ["Invalid length: Expected >=10 but received 3", "Needs at least 10 characters (now 3)."],
    ["Invalid length: Expected <=170 but received 200", "Must be at most 170 characters (now 200)."],
    ["Invalid length: Expected >=1 but received 0", "Required."],
    ['Invalid URL: Received "x"', "Must be a full web address, such as https://example.org/page."],
    ['Invalid type: Expected ("anatomy" | "gait") but received ""', "Choose a category."],
    ["must be 2 to 5 sentences", "Must be 2 to 5 sentences."],
  ])("rewords %j", (message, text) => {
    expect(humanize(message)).toBe(text);
  });
});

describe("validateTerm", () => {
  it("accepts a valid term", () => {
    expect(validateTerm(draftFromTerm(term), [], builtInTerms)).toEqual({ ok: true, term });
  });

  it("reports glossary collisions together with field errors", () => {
    const draft = { ...draftFromTerm(term), aliases: "knee", abbreviations: "ITBS", summary: "short" };
    const result = validateTerm(draft, [], builtInTerms);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.fields).toEqual({
      aliases: ['"knee" already belongs to the term "knee".'],
      abbreviations: ['"ITBS" already belongs to the term "iliotibial-band-syndrome".'],
      summary: ["Needs at least 10 characters (now 5)."],
    });
  });

  it("reports an id used by another custom term on the edited term", () => {
    const other = { ...term, id: "other", label: "other drill", aliases: [], abbreviations: [] };
    const draft = { ...draftFromTerm(term), id: "other" };
    const result = validateTerm(draft, [other], builtInTerms);
    expect(!result.ok && result.fields.id).toEqual(['"other" is used twice.']);
  });

  it("puts errors that belong to other terms aside, named by label", () => {
    const other = {
      ...term,
      id: "other",
      label: "other drill",
      aliases: [],
      abbreviations: [],
      related: ["gone"],
    };
    const result = validateTerm(draftFromTerm(term), [other], builtInTerms);
    expect(!result.ok && result.other).toEqual(['Custom term "other drill": No term has the id "gone".']);
  });

  it("gives an empty field one plain message", () => {
    const result = validateTerm(emptyDraft(), [], builtInTerms);
    expect(!result.ok && result.fields).toEqual({
      id: ["Required."],
      label: ["Required."],
      category: ["Choose a category."],
      summary: ["Required."],
      explanation: ["Required."],
      forRunners: ["Required."],
      "sources.0.title": ["Required."],
      "sources.0.url": ["Required."],
    });
  });

  it("maps source errors to their row", () => {
    const draft = { ...emptyDraft(), sources: [term.sources[0]!, { title: "", url: "ftp://x.org" }] };
    const result = validateTerm(draft, [], builtInTerms);
    expect(!result.ok && result.fields).toMatchObject({
      "sources.1.title": ["Required."],
      "sources.1.url": ["Must be an http(s) address."],
    });
    expect(!result.ok && result.fields["sources.0.url"]).toBeUndefined();
  });

  it("explains why a list of terms is invalid", () => {
    expect(listErrors([{ ...term, related: ["gone"] }], builtInTerms)).toEqual([
      '"hip drop drill": no term has the id "gone"',
    ]);
  });
});
