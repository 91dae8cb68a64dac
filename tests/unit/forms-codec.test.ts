import { describe, expect, it } from "vitest";
import raw from "../../src/data/glossary.json";
import { decodeForms, encodeForms } from "../../src/core/forms-codec.ts";
import { formsOf } from "../../src/core/glossary-index.ts";
import type { Glossary } from "../../src/core/glossary-schema.ts";

describe("forms codec", () => {
  it("round-trips the whole glossary", () => {
    const entries = (raw as Glossary).terms.flatMap(formsOf);
    expect(decodeForms(encodeForms(entries))).toEqual(entries);
    expect(encodeForms(entries).length).toBeLessThan(JSON.stringify(entries).length / 2);
  });

  it("refuses forms it could not decode", () => {
    expect(() => encodeForms([{ termId: "x", form: "=x", caseSensitive: false }])).toThrow();
    expect(() => encodeForms([{ termId: "x", form: "a\tb", caseSensitive: false }])).toThrow();
  });
});
