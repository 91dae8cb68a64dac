import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import raw from "../../src/data/glossary.json";
import { parseArticles } from "../../src/core/article-schema.ts";
import { parseCustomTerms } from "../../src/core/custom-terms.ts";
import { type Glossary, parseGlossary } from "../../src/core/glossary-schema.ts";
import { parseSettingsFile, toSettingsFile } from "../../src/core/settings-file.ts";
import { DEFAULT_SETTINGS, migrateSettings, parseSettings } from "../../src/core/settings.ts";
import { dispatch, type Handlers } from "../../src/messaging/handlers.ts";
import { BACKGROUND_TYPES, type BackgroundProtocol } from "../../src/messaging/protocol.ts";
import { tempoShuffleTerm } from "../support/fixtures.ts";

// Every parser of outside data, fed 10,000 generated inputs: it never throws, and it either
// accepts (and what it accepts parses again unchanged) or says what is wrong.

const RUNS = 10_000;
vi.setConfig({ testTimeout: 120_000 });
const builtIn = (raw as Glossary).terms;
const validTerm = tempoShuffleTerm({ id: "my-term", aliases: [] });

/** Valid data with one field replaced by anything: the inputs most likely to slip through. */
const mutated = (base: Record<string, unknown>) =>
  fc
    .tuple(fc.constantFrom(...Object.keys(base)), fc.anything())
    .map(([key, value]) => ({ ...base, [key]: value }));

function holds<T>(parse: (x: unknown) => { ok: true; value: T } | { ok: false; errors: string[] }) {
  return (input: unknown) => {
    const result = parse(input);
    if (result.ok) expect(parse(result.value)).toEqual(result);
    else {
      expect(result.errors.length).toBeGreaterThan(0);
      for (const e of result.errors) expect(typeof e === "string" && e.length > 0).toBe(true);
    }
  };
}

describe("parsers of outside data", () => {
  it("glossary imports", () => {
    const input = fc.oneof(
      fc.anything(),
      fc.record({ format: fc.constant(1), language: fc.constant("en"), terms: fc.array(mutated(validTerm)) }),
    );
    fc.assert(fc.property(input, holds(parseGlossary)), { numRuns: RUNS });
  });

  it("custom terms", () => {
    const input = fc.oneof(fc.anything(), fc.array(mutated(validTerm), { maxLength: 3 }));
    fc.assert(
      fc.property(
        input,
        holds((x) => parseCustomTerms(x, builtIn)),
      ),
      { numRuns: RUNS },
    );
  });

  it("settings, including migration of old stored values", () => {
    const input = fc.oneof(fc.anything(), mutated({ ...DEFAULT_SETTINGS }));
    fc.assert(fc.property(input, holds(parseSettings)), { numRuns: RUNS });
    fc.assert(
      fc.property(input, (x) => void parseSettings(migrateSettings(x))),
      { numRuns: RUNS },
    );
  });

  it("settings files, as text", () => {
    const valid = JSON.stringify(toSettingsFile(DEFAULT_SETTINGS, [validTerm], []));
    const input = fc.oneof(
      fc.string(),
      fc.json(),
      fc.integer({ min: 0, max: valid.length }).map((n) => valid.slice(0, n)),
      mutated(JSON.parse(valid)).map((x) => JSON.stringify(x)),
    );
    fc.assert(
      fc.property(input, (text) => {
        const result = parseSettingsFile(text, builtIn);
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
        else expect(parseSettingsFile(JSON.stringify(result.value), builtIn)).toEqual(result);
      }),
      { numRuns: RUNS },
    );
  });

  it("articles", () => {
    const article = { id: "a", title: "A title", summary: "", topics: [], tags: [] };
    const input = fc.oneof(fc.anything(), fc.array(mutated(article), { maxLength: 3 }));
    fc.assert(fc.property(input, holds(parseArticles)), { numRuns: RUNS });
  });

  it("messages to the background never reach a handler unless well-formed", async () => {
    const reached: unknown[] = [];
    const handlers = Object.fromEntries(
      BACKGROUND_TYPES.map((t) => [t, (p: unknown) => reached.push(p)]),
    ) as unknown as Handlers<BackgroundProtocol>;
    await fc.assert(
      fc.asyncProperty(fc.anything(), fc.boolean(), async (message, own) => {
        reached.length = 0;
        const outcome = await dispatch(handlers, BACKGROUND_TYPES, message, { fromOwnExtension: own }).then(
          () => "handled",
          (e: Error) => e.message,
        );
        if (outcome === "handled") {
          expect(own).toBe(true);
          expect(reached).toHaveLength(1);
        } else {
          expect(outcome).toMatch(/refused/);
          expect(reached).toHaveLength(0);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
