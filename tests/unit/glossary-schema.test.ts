import { describe, expect, it } from "vitest";
import { parseGlossary } from "../../src/core/glossary-schema.ts";

const term = (over: Record<string, unknown> = {}) => ({
  id: "knee",
  label: "Knee",
  aliases: ["knee joint"],
  abbreviations: [],
  category: "anatomy",
  summary: "The hinge-like joint between the thigh and the shin.",
  explanation: "The knee joins the femur, tibia and patella. It mostly bends and straightens.",
  forRunners: "Most running overuse complaints show up around the knee.",
  related: [],
  sources: [{ title: "Knee", url: "https://en.wikipedia.org/wiki/Knee" }],
  ...over,
});
const glossary = (...terms: unknown[]) => ({ format: 1, language: "en", terms });
const errorsOf = (data: unknown) => {
  const result = parseGlossary(data);
  return result.ok ? [] : result.errors;
};

describe("parseGlossary", () => {
  it("accepts a valid glossary and fills optional lists", () => {
    const { aliases: _a, abbreviations: _b, related: _c, ...minimal } = term();
    const result = parseGlossary(glossary(minimal));
    expect(result.ok && result.value.terms[0]).toMatchObject({ aliases: [], abbreviations: [], related: [] });
  });

  it.each([
    [glossary(term({ id: "Knee Joint" })), /terms\.0\.id: must be kebab-case/],
    [glossary(term({ sources: [] })), /terms\.0\.sources: needs at least one source/],
    [glossary(term({ sources: [{ title: "x", url: "javascript:alert(1)" }] })), /terms\.0\.sources\.0\.url/],
    [glossary(term({ aliases: ["knee (joint)"] })), /form "knee \(joint\)" contains "\("/],
    [glossary(term({ category: "astrology" })), /terms\.0\.category/],
    [
      glossary(term({ explanation: "Only one sentence here, which is not enough for a card." })),
      /2 to 5 sentences/,
    ],
    [glossary(term(), term()), /duplicate term ids: knee/],
    [glossary(term({ extra: 1 })), /terms\.0\.extra/],
    [{ format: 2, language: "en", terms: [] }, /format/],
    [null, /./],
    ["not json", /./],
  ])("rejects bad input with a located error (%#)", (data, message) => {
    const errors = errorsOf(data);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join("\n")).toMatch(message);
  });
});
