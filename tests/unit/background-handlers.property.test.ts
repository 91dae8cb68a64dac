import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import libraryData from "../../src/data/articles.json";
import { parseSettings } from "../../src/core/settings.ts";
import { dispatch } from "../../src/messaging/handlers.ts";
import { BACKGROUND_TYPES } from "../../src/messaging/protocol.ts";
import { type StorageSnapshot, resetStorage, snapshot } from "../support/fake-storage.ts";
import { settingsWith } from "../support/fixtures.ts";

vi.mock("../../src/platform/browser.ts", async () => ({
  default: (await import("../support/fake-storage.ts")).fakeBrowser,
}));
const { handlers } = await import("../../src/background/handlers.ts");

// The background's answers to 10,000 generated messages, as a page's content script could send
// them (the page controls what the content script reads): none crashes the worker, and storage
// changes only for a well-formed request that asks for a change — a learned http(s) address of
// a known article, or a valid site switched on or off. Everything else leaves it byte for byte.

const RUNS = 10_000;
vi.setConfig({ testTimeout: 120_000 });
const articleIds = libraryData.articles.map((a) => a.id);

const seed: StorageSnapshot = {
  sync: { settings: settingsWith({ disabledSites: ["example.com"] }) },
  local: { articleAddresses: { [articleIds[0]!]: "https://blog.example/a" } },
};

const url = fc.oneof(
  fc.webUrl(),
  fc.string(),
  fc.constantFrom(
    "javascript:alert(1)",
    "https://",
    "https://exa mple.com/",
    "HTTPS://Blog.Example/Post#top",
    "data:text/html,<script>alert(1)</script>",
    `https://long.example/${"x".repeat(2100)}`,
  ),
);
const site = fc.oneof(fc.domain(), fc.string(), fc.constantFrom("Example.COM ", "", "a..b", "x".repeat(300)));
const payload = {
  "learn-address": fc.record({ articleId: fc.oneof(fc.constantFrom(...articleIds), fc.string()), url }),
  "set-site-active": fc.record({
    site: fc.oneof(site, fc.anything()),
    active: fc.oneof(fc.boolean(), fc.anything()),
  }),
  "page-terms": fc.record({ termIds: fc.oneof(fc.array(fc.string()), fc.anything()) }),
  "get-card": fc.record({ termId: fc.oneof(fc.constantFrom("knee", "iliotibial-band"), fc.anything()) }),
  "page-reading": fc.record({
    terms: fc.oneof(fc.array(fc.record({ termId: fc.string(), count: fc.double() })), fc.anything()),
  }),
};
const message = fc.oneof(
  ...Object.entries(payload).map(([type, p]) => p.map((payload) => ({ type, payload }))),
  fc.record({ type: fc.constantFrom(...BACKGROUND_TYPES), payload: fc.anything() }),
);

const normalized = (s: unknown) => (typeof s === "string" ? s.trim().toLowerCase() : s);

describe("background message handlers, against storage", () => {
  it("change storage only for a valid request that asks for a change", async () => {
    const seen = { learned: 0, switched: 0, refused: 0, read: 0 };
    await fc.assert(
      fc.asyncProperty(message, async (m) => {
        resetStorage(seed);
        const before = snapshot();
        const outcome = await dispatch(handlers, BACKGROUND_TYPES, m, { fromOwnExtension: true }).then(
          (value) => ({ ok: true as const, value }),
          (error: unknown) => ({ ok: false as const, error }),
        );
        if (!outcome.ok) expect(outcome.error).toBeInstanceOf(Error);
        const after = snapshot();
        const p = m.payload as Record<string, unknown> | null;
        if (m.type === "learn-address" && outcome.ok && (outcome.value as { learned: boolean }).learned) {
          seen.learned++;
          const stored = (after.local.articleAddresses as Record<string, string>)[p!.articleId as string]!;
          expect(articleIds).toContain(p!.articleId);
          expect(new URL(stored).href).toBe(stored);
          expect(stored).toMatch(/^https?:\/\//);
          expect({ ...after, local: { ...after.local, articleAddresses: undefined } }).toEqual({
            ...before,
            local: { ...before.local, articleAddresses: undefined },
          });
        } else if (m.type === "set-site-active" && outcome.ok) {
          seen.switched++;
          const stored = (after.local.settingsLocalCopy ?? after.sync.settings) as unknown;
          const parsed = parseSettings(stored);
          expect(parsed.ok).toBe(true);
          if (parsed.ok) {
            expect(parsed.value).toEqual(outcome.value);
            expect(parsed.value.disabledSites.includes(normalized(p!.site) as string)).toBe(!p!.active);
          }
        } else {
          if (outcome.ok) seen.read++;
          else seen.refused++;
          expect(after).toEqual(before);
        }
      }),
      { numRuns: RUNS },
    );
    // Each path is taken often enough to be tested.
    expect(seen.learned).toBeGreaterThan(RUNS * 0.02);
    expect(seen.switched).toBeGreaterThan(RUNS * 0.02);
    expect(seen.refused).toBeGreaterThan(RUNS * 0.05);
    expect(seen.read).toBeGreaterThan(RUNS * 0.05);
  });
});
