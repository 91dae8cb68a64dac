import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import raw from "../../src/data/glossary.json";
import libraryData from "../../src/data/articles.json";
import { type Article, parseArticles } from "../../src/core/article-schema.ts";
import { parseCustomTerms } from "../../src/core/custom-terms.ts";
import type { Glossary } from "../../src/core/glossary-schema.ts";
import { toSettingsFile } from "../../src/core/settings-file.ts";
import { DEFAULT_SETTINGS, HIGHLIGHT_STYLES, DENSITIES } from "../../src/core/settings.ts";
import { draftFromTerm } from "../../src/ui/options/term-draft.ts";
import { applySettingsFile, checkSettingsFile } from "../../src/ui/options/settings-import.ts";
import { termsWith } from "../../src/ui/options/term-list.ts";
import { validateTerm } from "../../src/ui/options/validate-term.ts";
import {
  type StorageSnapshot,
  SYNC_QUOTA_BYTES_PER_ITEM,
  failures,
  resetStorage,
  snapshot,
} from "../support/fake-storage.ts";
import { feedArticle, handTypedArticle, settingsWith, tempoShuffleTerm } from "../support/fixtures.ts";

vi.mock("../../src/platform/browser.ts", async () => ({
  default: (await import("../support/fake-storage.ts")).fakeBrowser,
}));
const storage = await import("../../src/platform/storage.ts");

// The options page's imports, run against storage: 10,000 generated inputs each, mostly invalid.
// A rejected input leaves both storage areas exactly as they were; an accepted one leaves values
// that validate and read back as imported; a write that fails half-way is undone.

const RUNS = 10_000;
vi.setConfig({ testTimeout: 120_000 });
const builtIn = (raw as Glossary).terms;
const reserved = new Set(libraryData.articles.map((a) => a.id));

const termA = tempoShuffleTerm();
const termB = tempoShuffleTerm({
  id: "retro-stride-drill",
  label: "retro stride drill",
  aliases: [],
  abbreviations: ["RSD"],
  related: ["tempo-shuffle"],
});
const handArticle = handTypedArticle();
const mySettings = settingsWith({
  highlightStyle: "marker",
  disabledSites: ["example.com", "news.example.org"],
});

/** What a user has stored: settings in sync (or, after sync refused, kept locally), terms, articles. */
const seeds: StorageSnapshot[] = [
  {
    sync: { settings: mySettings },
    local: {
      customTerms: [termA, termB],
      articles: [handArticle, feedArticle()],
      articleAddresses: { "biomechanics-of-running-backwards": "https://x.example/a" },
    },
  },
  {
    sync: { settings: DEFAULT_SETTINGS },
    local: { settingsLocalCopy: { ...mySettings, density: "first" }, customTerms: [termA], articles: [] },
  },
  { sync: {}, local: {} },
  // Unreadable values (a bad write by an older version, a hand-edited profile): a failed import
  // must put them back as they were, not the defaults the page shows instead.
  {
    sync: { settings: { version: 1, enabled: "yes" } },
    local: { customTerms: [{ id: 7 }, termA], articles: "not a list" },
  },
];

/** What the options page has in hand after reading storage (main.tsx). */
async function current() {
  const [{ settings }, terms, articles] = await Promise.all([
    storage.readSettings(),
    storage.loadCustomTerms(),
    storage.loadUserArticles(),
  ]);
  const custom = parseCustomTerms(terms, builtIn);
  const user = parseArticles(articles);
  return { settings, customTerms: custom.ok ? custom.value : [], articles: user.ok ? user.value : [] };
}

/** Valid data with one field replaced by anything: the inputs most likely to slip through. */
const mutated = <T extends object>(base: T) =>
  fc
    .tuple(fc.constantFrom(...Object.keys(base)), fc.anything({ withNullPrototype: true }))
    .map(([key, value]) => ({ ...base, [key]: value }));

const validSettings = fc.record({
  version: fc.constant(1 as const),
  enabled: fc.boolean(),
  highlightStyle: fc.constantFrom(...HIGHLIGHT_STYLES),
  density: fc.constantFrom(...DENSITIES),
  // Now and then too many for storage.sync's 8 KB per item: kept on the device instead.
  disabledSites: fc.oneof(
    { weight: 5, arbitrary: fc.array(fc.domain(), { maxLength: 5 }) },
    { weight: 1, arbitrary: fc.array(fc.domain(), { minLength: 300, maxLength: 400 }) },
  ),
});
const validArticle: fc.Arbitrary<Article> = fc.record({
  id: fc.oneof(
    fc.stringMatching(/^[a-z0-9]{1,12}(?:-[a-z0-9]{1,12}){0,3}$/),
    fc.constantFrom(...reserved), // a shipped article's id: refused by checkSettingsFile
  ),
  title: fc.constantFrom("Backward running on hills", "A <script>alert(1)</script> post", "Knees"),
  summary: fc.constantFrom("", "Short.", "javascript:alert(1)"),
  url: fc.constantFrom("https://a.example/", "http://b.example/x?y=1"),
  topics: fc.constant<string[]>([]),
  tags: fc.constantFrom<string[][]>([], ["feed"]),
});
const validFile = fc
  .tuple(
    validSettings,
    fc
      .subarray([termA, termB])
      .filter((ts) => ts.every((t) => t.related.every((r) => ts.some((o) => o.id === r)))),
    fc.uniqueArray(validArticle, { selector: (a) => a.id, maxLength: 3 }),
  )
  .map(([settings, terms, articles]) => toSettingsFile(settings, terms, articles));

/** A settings file's text: mostly broken or wrong, some valid. */
const fileText = fc.oneof(
  { weight: 2, arbitrary: fc.string() },
  { weight: 2, arbitrary: fc.json() },
  { weight: 3, arbitrary: validFile.map((f) => JSON.stringify(f)) },
  {
    weight: 3,
    arbitrary: validFile
      .chain((f) =>
        fc.oneof(
          mutated(f),
          mutated(f.settings).map((settings) => ({ ...f, settings })),
          mutated(termA).map((term) => ({ ...f, customTerms: [term] })),
          mutated(handArticle).map((article) => ({ ...f, articles: [article] })),
        ),
      )
      .map((x) => JSON.stringify(x)),
  },
  {
    weight: 1,
    arbitrary: validFile.chain((f) => {
      const text = JSON.stringify(f);
      return fc.nat({ max: text.length - 1 }).map((n) => text.slice(0, n));
    }),
  },
  {
    weight: 1,
    arbitrary: validFile.map((f) =>
      JSON.stringify(f)
        .replace('"settings":', '"__proto__":{"enabled":false},"settings":')
        .replace('"version":1', '"version":1,"constructor":{"prototype":{"polluted":true}}'),
    ),
  },
);

const outcome = { accepted: 0, rejected: 0, failedWrite: 0 };

describe("settings-file import, against storage", () => {
  it("changes nothing for a rejected file, undoes a failed write, stores valid data for an accepted file", async () => {
    await fc.assert(
      fc.asyncProperty(
        fileText,
        fc.constantFrom(...seeds),
        fc.option(fc.nat({ max: 6 }), { nil: -1, freq: 3 }),
        fc.nat({ max: 4 }).map((n) => n === 0),
        async (text, seed, failWriteAt, syncUnavailable) => {
          resetStorage(seed);
          const before = snapshot();
          const beforeRead = await current();
          failures.failWriteAt = failWriteAt;
          failures.syncUnavailable = syncUnavailable;

          const checked = checkSettingsFile(text, builtIn, reserved);
          if (!checked.ok) {
            outcome.rejected++;
            expect(checked.errors.length).toBeGreaterThan(0);
            for (const e of checked.errors) expect(typeof e === "string" && e.length > 0).toBe(true);
            expect(snapshot()).toEqual(before);
            return;
          }
          const error = await applySettingsFile(checked.value, {
            keepStored: storage.keepImportedData,
            saveSettings: storage.saveSettings,
            saveCustomTerms: storage.saveCustomTerms,
            saveArticles: storage.saveUserArticles,
          }).then(
            () => null,
            (e: Error) => e,
          );
          failures.failWriteAt = -1;
          failures.syncUnavailable = false;
          const after = snapshot();
          // Learned addresses are not part of the file: an import never touches them.
          expect(after.local.articleAddresses).toEqual(before.local.articleAddresses);
          if (error) {
            // All or nothing: storage holds exactly what it held, so the page reads what it read.
            outcome.failedWrite++;
            expect(snapshot()).toEqual(before);
            expect(await current()).toEqual(beforeRead);
            return;
          }
          outcome.accepted++;
          const read = await storage.readSettings();
          expect(read).toEqual({ settings: checked.value.settings, problem: null });
          const terms = parseCustomTerms(after.local.customTerms, builtIn);
          expect(terms).toEqual({ ok: true, value: checked.value.customTerms });
          const articles = parseArticles(after.local.articles);
          expect(articles).toEqual({ ok: true, value: checked.value.articles });
          expect(checked.value.articles.filter((a) => reserved.has(a.id))).toEqual([]);
          const syncValue = after.sync.settings;
          if (syncValue !== undefined)
            expect(JSON.stringify(syncValue).length).toBeLessThanOrEqual(SYNC_QUOTA_BYTES_PER_ITEM);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
      { numRuns: RUNS },
    );
    // Every kind of outcome is common enough to be tested.
    expect(outcome.rejected).toBeGreaterThan(RUNS * 0.3);
    expect(outcome.accepted).toBeGreaterThan(RUNS * 0.05);
    expect(outcome.failedWrite).toBeGreaterThan(RUNS * 0.01);
  });
});

/** A draft from the custom-term form: anything typed, or a valid term with one field changed. */
const newTerm = tempoShuffleTerm({
  id: "hill-backpedal",
  label: "hill backpedal",
  aliases: [],
  related: ["tempo-shuffle"],
  sources: [{ title: "Hills", url: "https://hills.example/" }],
});
const draftText = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "",
    " ",
    "tempo shuffle",
    "knee",
    "javascript:alert(1)",
    "https://ok.example/",
    "<img src=x onerror=alert(1)>",
    "achilles-tendon",
    "a, b, c",
  ),
);
const anyDraft = fc.record({
  id: draftText,
  label: draftText,
  aliases: draftText,
  abbreviations: draftText,
  category: fc.oneof(draftText, fc.constantFrom("training", "injury")),
  summary: draftText,
  explanation: draftText,
  forRunners: draftText,
  related: draftText,
  sources: fc.array(fc.record({ title: draftText, url: draftText }), { maxLength: 3 }),
});
const draft = fc.oneof(
  anyDraft,
  fc
    .tuple(
      fc.constantFrom(newTerm, termA, termB),
      anyDraft,
      fc.constantFrom(...Object.keys(draftFromTerm(newTerm))),
    )
    .map(([term, other, key]) => ({ ...draftFromTerm(term), [key]: other[key as keyof typeof other] })),
  fc.constantFrom(newTerm, termA, termB).map(draftFromTerm),
);

describe("custom-term form, against storage", () => {
  it("stores a term only when it validates together with the others, and then only valid lists", async () => {
    const counts = { saved: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(
        draft,
        fc.constantFrom(...seeds),
        fc.constantFrom(null, "tempo-shuffle", "retro-stride-drill"),
        async (d, seed, editingId) => {
          resetStorage(seed);
          const before = snapshot();
          const { customTerms: terms } = await current();
          // As CustomTermsEditor does: the term being edited is checked against the others.
          const edited = terms.find((t) => t.id === editingId);
          const others = terms.filter((t) => t !== edited);
          const result = validateTerm(d, others, builtIn);
          if (!result.ok) {
            counts.refused++;
            const problems = [...Object.values(result.fields).flat(), ...result.other];
            expect(problems.length).toBeGreaterThan(0);
            expect(snapshot()).toEqual(before);
            return;
          }
          counts.saved++;
          await storage.saveCustomTerms(termsWith(terms, edited ? editingId : null, result.term));
          const after = snapshot();
          const stored = parseCustomTerms(after.local.customTerms, builtIn);
          expect(stored.ok).toBe(true);
          if (!stored.ok) return;
          expect(stored.value).toContainEqual(result.term);
          expect(stored.value).toHaveLength(others.length + 1);
          expect(after.sync).toEqual(before.sync);
          expect({ ...after.local, customTerms: null }).toEqual({ ...before.local, customTerms: null });
        },
      ),
      { numRuns: RUNS },
    );
    expect(counts.refused).toBeGreaterThan(RUNS * 0.5);
    expect(counts.saved).toBeGreaterThan(RUNS * 0.05);
  });
});
