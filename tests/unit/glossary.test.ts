import { describe, expect, it } from "vitest";
import raw from "../../src/data/glossary.json";
import { compileGlossary, formsOf } from "../../src/core/glossary-index.ts";
import { parseGlossary } from "../../src/core/glossary-schema.ts";
import { prepareForm } from "../../src/core/form.ts";

const parsed = parseGlossary(raw);
if (!parsed.ok) throw new Error(`shipped glossary is invalid:\n${parsed.errors.join("\n")}`);
const glossary = parsed.value;
const ids = new Set(glossary.terms.map((t) => t.id));

describe("the shipped glossary", () => {
  it("passes the schema and has at least 120 terms", () => {
    expect(glossary.terms.length).toBeGreaterThanOrEqual(120);
  });

  it("is stored sorted by id and round-trips unchanged", () => {
    const sorted = [...glossary.terms].map((t) => t.id).sort();
    expect(glossary.terms.map((t) => t.id)).toEqual(sorted);
    expect(JSON.stringify(glossary, null, 2)).toEqual(JSON.stringify(raw, null, 2));
  });

  it("gives every form to one term only", () => {
    const owners = new Map<string, string>();
    for (const entry of glossary.terms.flatMap(formsOf)) {
      const p = prepareForm(entry.form, entry.caseSensitive);
      const key = p.sensitive ? `${p.key}|${p.template}` : p.key;
      const owner = owners.get(key);
      if (owner && owner !== entry.termId)
        throw new Error(`"${entry.form}" belongs to ${owner} and ${entry.termId}`);
      owners.set(key, entry.termId);
    }
  });

  it("relates terms only to existing other terms", () => {
    for (const t of glossary.terms) {
      for (const r of t.related) {
        expect(ids.has(r), `${t.id} → ${r}`).toBe(true);
        expect(r, `${t.id} relates to itself`).not.toBe(t.id);
      }
    }
  });

  it("cites at least one https source per term and keeps summaries short", () => {
    for (const t of glossary.terms) {
      expect(t.sources.length, t.id).toBeGreaterThan(0);
      expect(t.summary.length, t.id).toBeLessThanOrEqual(170);
    }
  });

  it("is recognised by its own label and every alias and abbreviation", () => {
    const matcher = compileGlossary(glossary);
    for (const entry of glossary.terms.flatMap(formsOf)) {
      const m = matcher.scan(`Read about ${entry.form} today.`);
      expect(
        m.map((x) => x.termId),
        entry.form,
      ).toEqual([entry.termId]);
    }
  });

  it("does not repeat known misconceptions as fact", () => {
    // Phrases from dubious blog claims; a card may only mention them to correct them.
    const banned = [
      /\bwhere no forces? acts?\b(?![^.]*\bnot\b)/i,
      /\bfixes (lateral )?knee pain\b/i,
      /\bcures? (it|knee|IT band)/i,
    ];
    for (const t of glossary.terms) {
      for (const field of [t.summary, t.explanation, t.forRunners]) {
        for (const re of banned)
          expect(re.test(field) && !/\bnot\b/.test(field), `${t.id}: ${field}`).toBe(false);
      }
    }
  });
});
