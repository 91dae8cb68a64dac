import fc from "fast-check";
import { afterAll, describe, expect, it, vi } from "vitest";
import raw from "../../src/data/glossary.json";
import libraryData from "../../src/data/articles.json";
import { type Article, parseArticles } from "../../src/core/article-schema.ts";
import { FEED_TAG, normalizeFeedUrl } from "../../src/core/feed-articles.ts";
import { compileGlossary } from "../../src/core/glossary-index.ts";
import type { Glossary } from "../../src/core/glossary-schema.ts";
import { mergeFeed } from "../../src/ui/options/feed-merge.ts";
import { MARK, feedText, htmlPayload } from "../support/feed-arbitraries.ts";
import { type StorageSnapshot, resetStorage, snapshot } from "../support/fake-storage.ts";
import { feedArticle, handTypedArticle, settingsWith } from "../support/fixtures.ts";
import { freshParsers } from "../support/fresh-dom-parser.ts";

vi.mock("../../src/platform/browser.ts", async () => ({
  default: (await import("../support/fake-storage.ts")).fakeBrowser,
}));
const storage = await import("../../src/platform/storage.ts");

// A feed import into the reading list, run against storage with 10,000 generated documents:
// what FeedImport.tsx does between the download and the write (src/ui/options/feed-merge.ts),
// then the write. A refused feed, or one that changes nothing, leaves storage exactly as it was;
// an accepted one stores a list that validates, keeps every article that was there, and changes
// no article the user typed in or imported from another feed.

const RUNS = 10_000;
vi.setConfig({ testTimeout: 120_000 });
const matcher = compileGlossary(raw as Glossary);
const reservedIds = new Set(libraryData.articles.map((a) => a.id));
const FEED = "https://blog.example/feed";
const OTHER_FEED = "https://other.example/rss";

const handArticle = handTypedArticle({ url: "https://blog.example/week-2" });
const fromFeed = feedArticle({ summary: "From the feed.", tags: [FEED_TAG], feed: FEED });
const fromOtherFeed: Article = {
  ...fromFeed,
  id: "hills-backwards",
  title: "Hills, backwards",
  url: "https://other.example/hills",
  feed: OTHER_FEED,
};
const seeds: StorageSnapshot[] = [
  {
    sync: {
      settings: settingsWith(),
    },
    local: {
      articles: [handArticle, fromFeed, fromOtherFeed],
      customTerms: [],
      articleAddresses: { "biomechanics-of-running-backwards": "https://x.example/a" },
    },
  },
  { sync: {}, local: {} },
];

/**
 * Feeds that refresh the stored ones: entries with the stored articles' addresses and titles,
 * the shipped articles' titles, new ones with glossary terms, and hostile markup.
 */
const entryTitle = fc.oneof(
  fc.constantFrom(
    fromFeed.title,
    handArticle.title,
    fromOtherFeed.title,
    libraryData.articles[0]!.title,
    "Backward running and knee pain",
    "Retro running, week one!",
    "x",
  ),
  htmlPayload,
);
const entryUrl = fc.constantFrom(
  fromFeed.url!,
  handArticle.url!,
  fromOtherFeed.url!,
  "https://blog.example/week-3",
  "javascript:alert(1)",
  "",
);
const refresh = fc
  .array(fc.tuple(entryTitle, entryUrl, htmlPayload), { maxLength: 5 })
  .map(
    (entries) =>
      `<rss version="2.0"><channel><title>Blog</title>${entries
        .map(
          ([title, url, text]) =>
            `<item><title>${title}</title><link>${url}</link><description>${text}</description></item>`,
        )
        .join("")}</channel></rss>`,
  );

const parsers = freshParsers();
afterAll(() => parsers.close());

const byId = (articles: readonly Article[]) => new Map(articles.map((a) => [a.id, a]));

describe("feed import into the reading list, against storage", () => {
  it("leaves storage alone unless the feed changes the list, and then stores only a valid list", async () => {
    const outcomes = { refused: 0, unchanged: 0, saved: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(feedText, refresh),
        fc.constantFrom(...seeds),
        fc.constantFrom(FEED, `${FEED}#top`, OTHER_FEED, "https://new.example/atom.xml"),
        async (text, seed, feedUrl) => {
          resetStorage(seed);
          const before = snapshot();
          const stored = parseArticles(await storage.loadUserArticles());
          expect(stored.ok).toBe(true);
          const existing = stored.ok ? stored.value : [];

          const merged = mergeFeed({
            text,
            fetchedUrl: feedUrl,
            feedUrl: normalizeFeedUrl(feedUrl)!,
            host: new URL(feedUrl).host,
            matcher,
            existing,
            reservedIds,
            parser: parsers.next(),
          });
          if (!merged.ok || merged.save === null) {
            outcomes[merged.ok ? "unchanged" : "refused"]++;
            if (!merged.ok) expect(merged.error.length).toBeGreaterThan(0);
            expect(snapshot()).toEqual(before);
            return;
          }
          outcomes.saved++;
          await storage.saveUserArticles(merged.save);

          const after = snapshot();
          expect(after.sync).toEqual(before.sync);
          expect({ ...after.local, articles: null }).toEqual({ ...before.local, articles: null });
          const saved = parseArticles(after.local.articles);
          expect(saved.ok).toBe(true);
          if (!saved.ok) return;
          const now = byId(saved.value);
          const feed = normalizeFeedUrl(feedUrl);
          for (const old of existing) {
            // Nothing is lost; only this feed's own articles may change.
            expect(now.has(old.id)).toBe(true);
            if (old.feed !== feed) expect(now.get(old.id)).toEqual(old);
          }
          for (const article of saved.value) {
            expect(reservedIds.has(article.id)).toBe(false);
            if (existing.some((a) => a.id === article.id)) continue;
            expect(article.feed).toBe(feed);
            expect(article.tags).toContain(FEED_TAG);
            expect(`${article.title} ${article.summary} ${article.publishedBy ?? ""}`).not.toContain(MARK);
          }
        },
      ),
      { numRuns: RUNS },
    );
    expect(outcomes.refused).toBeGreaterThan(RUNS * 0.1);
    expect(outcomes.saved).toBeGreaterThan(RUNS * 0.2);
    expect(parsers.pwned()).toBe(false);
  });
});
