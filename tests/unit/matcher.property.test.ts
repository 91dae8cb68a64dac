import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FormEntry } from "../../src/core/matcher.ts";
import { decodeTrie, encodeTrie } from "../../src/core/compiled-trie.ts";
import { Matcher } from "../../src/core/matcher.ts";
import { buildTrie, compileMatcher } from "../../src/core/trie-builder.ts";
import { referenceScan } from "../support/reference-matcher.ts";

// Small alphabets make collisions between text and terms frequent, which is where bugs hide.
const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "A", "B"), minLength: 1, maxLength: 4 });
const abbreviation = fc.string({ unit: fc.constantFrom("X", "Y"), minLength: 2, maxLength: 3 });
const phrase = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(" ").toLowerCase());
const textUnit = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom("a", "b", "c", "A", "B", "s", "x", "X", "Y") },
  { weight: 3, arbitrary: fc.constantFrom(" ", "  ", "\n", "\u00a0") },
  { weight: 1, arbitrary: fc.constantFrom("-", "'", "’", ".", ",", "\u00ad", "\u200b", "\u2029", "–") },
);
const text = fc.string({ unit: textUnit, maxLength: 80 });

const glossary = fc
  .tuple(fc.uniqueArray(phrase, { maxLength: 8 }), fc.uniqueArray(abbreviation, { maxLength: 3 }))
  .map(([phrases, abbrs]): FormEntry[] => [
    ...phrases.map((form, i) => ({ termId: `p${i}`, form, caseSensitive: false })),
    ...abbrs.map((form, i) => ({ termId: `a${i}`, form, caseSensitive: true })),
  ]);

describe("matcher against the reference", () => {
  it("finds exactly what one regex per form finds", () => {
    fc.assert(
      fc.property(glossary, text, (entries, t) => {
        expect(compileMatcher(entries).scan(t)).toEqual(referenceScan(entries, t));
      }),
      { numRuns: 3000 },
    );
  });

  it("returns ordered, non-overlapping matches on whole words", () => {
    fc.assert(
      fc.property(glossary, text, (entries, t) => {
        const matches = compileMatcher(entries).scan(t);
        for (let i = 1; i < matches.length; i++)
          expect(matches[i]!.start).toBeGreaterThanOrEqual(matches[i - 1]!.end);
        for (const m of matches) expect(m.end).toBeGreaterThan(m.start);
      }),
    );
  });

  it("finds the same, window after window, wherever the windows are cut", () => {
    fc.assert(
      fc.property(glossary, text, fc.integer({ min: 1, max: 9 }), (entries, t, size) => {
        const matcher = compileMatcher(entries);
        const found = [];
        for (let from = 0; from < t.length;) {
          const window = matcher.scanWindow(t, from, Math.min(t.length, from + size));
          expect(window.next).toBeGreaterThan(from);
          found.push(...window.matches);
          from = window.next;
        }
        expect(found).toEqual(matcher.scan(t));
      }),
      { numRuns: 3000 },
    );
  });

  it("matches the same after the trie travels as a message", () => {
    fc.assert(
      fc.property(glossary, text, (entries, t) => {
        const trie = buildTrie(entries);
        const travelled = JSON.parse(JSON.stringify(encodeTrie(trie)));
        expect(decodeTrie(travelled)).toEqual(trie);
        expect(new Matcher(decodeTrie(travelled)).scan(t)).toEqual(new Matcher(trie).scan(t));
      }),
      { numRuns: 1000 },
    );
  });
});
