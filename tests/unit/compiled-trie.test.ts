import { describe, expect, it } from "vitest";
import { decodeTrie, encodeTrie } from "../../src/core/compiled-trie.ts";
import { formsOf } from "../../src/core/glossary-index.ts";
import { parseGlossary } from "../../src/core/glossary-schema.ts";
import { Matcher } from "../../src/core/matcher.ts";
import { buildTrie } from "../../src/core/trie-builder.ts";
import glossaryData from "../../src/data/glossary.json";

const parsed = parseGlossary(glossaryData);
if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
const forms = parsed.value.terms.flatMap(formsOf);

describe("compiled trie", () => {
  it("survives JSON (how Chromium sends messages) and matches the shipped glossary the same", () => {
    const trie = buildTrie(forms);
    const encoded = encodeTrie(trie);
    const travelled = JSON.parse(JSON.stringify(encoded));
    expect(decodeTrie(travelled)).toEqual(trie);
    const text = "Lateral knee pain and the IT band; ITBS or ITBs; plantar fasciitis, GRF.";
    expect(new Matcher(decodeTrie(travelled)).scan(text)).toEqual(new Matcher(trie).scan(text));
    expect(new Matcher(trie).scan(text).length).toBeGreaterThan(4);
  });

  it("stays small: the shipped glossary is one message of a few ten kilobytes", () => {
    const encoded = JSON.stringify(encodeTrie(buildTrie(forms)));
    expect(new TextEncoder().encode(encoded).length).toBeLessThan(64 * 1024);
  });

  it("writes large numbers and no surrogates", () => {
    const big = buildTrie(
      Array.from({ length: 3000 }, (_, i) => ({
        termId: `t${i}`,
        form: `w${i.toString(36)}x`,
        caseSensitive: false,
      })),
    );
    const { numbers } = encodeTrie(big);
    expect([...numbers].every((c) => c.charCodeAt(0) < 0xd800)).toBe(true);
    expect(decodeTrie(encodeTrie(big))).toEqual(big);
  });

  it.each([
    ["a foreign format", { format: 2, numbers: "", terms: [], cases: [] }],
    ["truncated numbers", { format: 1, numbers: "\u4101", terms: [], cases: [] }],
    ["foreign characters", { format: 1, numbers: "a", terms: [], cases: [] }],
    ["an output pointing past the terms", { ...encodeTrie(buildTrie(forms.slice(0, 3))), terms: [] }],
  ])("refuses %s", (_, value) => {
    expect(() => decodeTrie(value as never)).toThrow(/trie/);
  });
});
