import { describe, expect, it } from "vitest";
import raw from "../../src/data/glossary.json";
import { compileGlossary } from "../../src/core/glossary-index.ts";
import type { Glossary } from "../../src/core/glossary-schema.ts";
import { createTermSearch } from "../../src/core/term-search.ts";

const glossary = raw as Glossary;
const search = createTermSearch(glossary.terms, compileGlossary(glossary));
const ids = (q: string) => search.search(q, 3).map((h) => [h.term.id, h.exact]);

describe("term search", () => {
  it("resolves a selection that is exactly one glossary phrase, in any inflection", () => {
    expect(ids("ITBS")[0]).toEqual(["iliotibial-band-syndrome", true]);
    expect(ids("  knees ")[0]).toEqual(["knee", true]);
    expect(ids("Runner’s knee.")[0]).toEqual(["patellofemoral-pain-syndrome", true]);
  });

  it("does not call a longer selection an exact hit", () => {
    expect(search.search("my knee hurts", 3).every((h) => !h.exact)).toBe(true);
  });

  it("forgives typos", () => {
    expect(ids("plantar fascitis")[0]).toEqual(["plantar-fasciitis", false]);
    expect(ids("hamstrngs").map(([id]) => id)).toContain("hamstrings");
    expect(ids("kne")[0]).toEqual(["knee", false]);
  });

  it("returns nothing for an empty query", () => {
    expect(search.search("   ")).toEqual([]);
  });
});
