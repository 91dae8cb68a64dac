import { describe, expect, it } from "vitest";
import glossaryData from "../../src/data/glossary.json";
import libraryData from "../../src/data/articles.json";
import { type Article, parseArticles } from "../../src/core/article-schema.ts";
import {
  type Feed,
  type FeedEntry,
  addressKey,
  clipText,
  feedToArticles,
  findTopics,
  slugify,
  titleKey,
  uniqueId,
} from "../../src/core/feed-articles.ts";
import { compileGlossary } from "../../src/core/glossary-index.ts";
import type { Glossary } from "../../src/core/glossary-schema.ts";

const matcher = compileGlossary(glossaryData as Glossary);
const shippedIds = new Set(libraryData.articles.map((a) => a.id));
const FEED = "https://stride-notes.example/tag/running-backwards/feed/";

const entries: FeedEntry[] = [
  {
    title: "Why I started running backwards",
    url: "https://stride-notes.example/2024/03/why-i-started/",
    summary: "After months of lateral knee pain, my physio suggested backward running.",
  },
  {
    title: "Backward running drills for your quads",
    url: "https://stride-notes.example/2024/04/drills/",
    summary: "Three drills that load the quads.",
    text: "Three drills that load the quads. Land softly: the ground reaction force drops. Less ground reaction force, happier knees. One hamstring mention.",
  },
  {
    title: "Race report: the autumn 10K",
    url: "https://stride-notes.example/2024/10/autumn-10k/",
    summary: "A cold morning and a new personal best.",
  },
];
const feed = (list = entries, title = "Stride Notes – running backwards"): Feed => ({ title, entries: list });

function valid(articles: Article[]): Article[] {
  const parsed = parseArticles(articles);
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  return parsed.value;
}

describe("helpers", () => {
  it.each([
    ["Why I started running backwards", "why-i-started-running-backwards"],
    ["Don't run: 5 Tips!", "dont-run-5-tips"],
    ["Café & Crème — Über Läufe", "cafe-creme-uber-laufe"],
    ["  --  ", "article"],
    ["走る", "article"],
    ["a".repeat(50) + " " + "b".repeat(50), "a".repeat(50) + "-" + "b".repeat(29)],
  ])("slugify(%j) = %j", (title, slug) => {
    expect(slugify(title)).toBe(slug);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it("makes ids unique within 80 characters", () => {
    expect(uniqueId("knee", new Set())).toBe("knee");
    expect(uniqueId("knee", new Set(["knee", "knee-2"]))).toBe("knee-3");
    const long = "x".repeat(80);
    expect(uniqueId(long, new Set([long]))).toBe(`${"x".repeat(78)}-2`);
  });

  it("compares addresses and titles loosely", () => {
    expect(addressKey("http://www.Blog.example/post/#comments")).toBe(
      addressKey("https://blog.example/post"),
    );
    expect(addressKey("https://blog.example/post?p=1")).not.toBe(addressKey("https://blog.example/post?p=2"));
    expect(addressKey("javascript:alert(1)")).toBeNull();
    expect(titleKey("Hills & Tracks: a Week!")).toBe(titleKey("hills tracks — a week"));
  });

  it("clips text at a word and marks the cut", () => {
    expect(clipText("  a  b \n c ", 600)).toBe("a b c");
    const clipped = clipText("word ".repeat(200), 600);
    expect(clipped.length).toBeLessThanOrEqual(600);
    expect(clipped.endsWith("word…")).toBe(true);
  });

  it("finds topics in title and summary, and in the full text only when named twice", () => {
    expect(findTopics(matcher, entries[0]!)).toEqual(["backward-running", "lateral-knee-pain"]);
    expect(findTopics(matcher, entries[1]!)).toEqual([
      "backward-running",
      "quadriceps",
      "ground-reaction-force",
    ]);
  });
});

describe("feedToArticles", () => {
  it("adds every entry as an article with a slug id, the feed as publisher and source", () => {
    const result = feedToArticles(feed(), FEED, matcher, [], shippedIds);
    expect(result).toMatchObject({ entries: 3, added: 3, updated: 0, unchanged: 0, skipped: 0, related: 2 });
    expect(valid(result.articles)).toEqual(result.articles);
    expect(result.articles[0]).toEqual({
      id: "why-i-started-running-backwards",
      title: "Why I started running backwards",
      summary: "After months of lateral knee pain, my physio suggested backward running.",
      url: "https://stride-notes.example/2024/03/why-i-started/",
      topics: ["backward-running", "lateral-knee-pain"],
      publishedBy: "Stride Notes – running backwards",
      tags: ["feed"],
      feed: FEED,
    });
    expect(result.articles[2]!.topics).toEqual([]);
  });

  it("keeps the user's other articles and never reuses a shipped or taken id", () => {
    const mine: Article = {
      id: "backward-running-drills-for-your-quads",
      title: "My own note",
      summary: "",
      topics: [],
      tags: [],
    };
    const clash: Feed = feed([
      { title: "The biomechanics of running backwards.", url: "https://b.example/1", summary: "" },
      { title: "Backward running drills for your quads", url: "https://b.example/2", summary: "" },
      { title: "Backward running drills for your quads!", url: "https://b.example/3", summary: "" },
    ]);
    const result = feedToArticles(clash, FEED, matcher, [mine], shippedIds);
    expect(result.articles.map((a) => a.id)).toEqual([
      "backward-running-drills-for-your-quads",
      "the-biomechanics-of-running-backwards",
      "backward-running-drills-for-your-quads-2",
      "backward-running-drills-for-your-quads-3",
    ]);
    expect(result.articles[0]).toBe(mine);
    expect(valid(result.articles)).toHaveLength(4);
    const all = [...shippedIds, ...result.articles.map((a) => a.id)];
    expect(new Set(all).size).toBe(all.length);
  });

  it("refreshing the same feed changes nothing when the feed did not change", () => {
    const first = feedToArticles(feed(), FEED, matcher, [], shippedIds);
    const again = feedToArticles(feed(), FEED, matcher, first.articles, shippedIds);
    expect(again).toMatchObject({ entries: 3, added: 0, updated: 0, unchanged: 3, related: 2 });
    expect(again.articles).toEqual(first.articles);
  });

  it("refreshing updates entries in place with stable ids, adds new ones and keeps vanished ones", () => {
    const first = feedToArticles(feed(), FEED, matcher, [], shippedIds);
    const changed = feed([
      // New post at the top of the feed.
      { title: "Backpedaling on the track", url: "https://stride-notes.example/new/", summary: "Short." },
      // Same address (now https → http, www., trailing slash gone): same article, new title.
      {
        title: "Why I started running backwards (updated)",
        url: "http://www.stride-notes.example/2024/03/why-i-started",
        summary: "Now with plantar fasciitis notes.",
      },
      // The drills post left the feed; the race report lost its link but kept its title.
      { title: "Race report: the AUTUMN 10K", summary: "A cold morning and a new personal best." },
    ]);
    const result = feedToArticles(changed, FEED, matcher, first.articles, shippedIds);
    expect(result).toMatchObject({ entries: 3, added: 1, updated: 2, unchanged: 0, related: 2 });
    expect(result.articles.map((a) => a.id)).toEqual([
      "why-i-started-running-backwards",
      "backward-running-drills-for-your-quads",
      "race-report-the-autumn-10k",
      "backpedaling-on-the-track",
    ]);
    expect(result.articles[0]).toMatchObject({
      title: "Why I started running backwards (updated)",
      url: "http://www.stride-notes.example/2024/03/why-i-started",
      topics: ["backward-running", "plantar-fasciitis"],
    });
    // No link in the feed any more: the article keeps the one it had, and takes the new title.
    expect(result.articles[2]).toMatchObject({
      title: "Race report: the AUTUMN 10K",
      url: "https://stride-notes.example/2024/10/autumn-10k/",
    });
    expect(result.articles[1]).toEqual(first.articles[1]);
  });

  it("matches by title only within the same feed, and never changes the user's own articles", () => {
    const handMade: Article = {
      id: "my-copy",
      title: "Why I started running backwards",
      summary: "My notes on it.",
      url: "https://stride-notes.example/2024/03/why-i-started/",
      topics: ["knee"],
      tags: [],
    };
    const otherFeed: Article = {
      id: "race-report",
      title: "Race report: the autumn 10K",
      summary: "",
      topics: [],
      tags: ["feed"],
      feed: "https://other.example/feed",
    };
    const result = feedToArticles(feed(), FEED, matcher, [handMade, otherFeed], shippedIds);
    expect(result).toMatchObject({ entries: 3, added: 2, unchanged: 1, related: 2 });
    expect(result.articles[0]).toBe(handMade);
    expect(result.articles[1]).toBe(otherFeed);
    expect(result.articles.map((a) => a.id)).toContain("race-report-the-autumn-10k");
  });

  it("drops addresses that are not http(s), and skips entries without a usable title or listed twice", () => {
    const result = feedToArticles(
      feed([
        { title: "Click me", url: "javascript:alert(1)", summary: "About backward running." },
        { title: "Data", url: "data:text/html,hi", summary: "" },
        { title: "ok", url: "https://x.example/short", summary: "" },
        { title: "  ", summary: "" },
        { title: "Twice", url: "https://x.example/twice", summary: "" },
        { title: "Twice again", url: "https://x.example/twice/", summary: "" },
      ]),
      FEED,
      matcher,
      [],
      shippedIds,
    );
    expect(result).toMatchObject({ added: 3, skipped: 3, related: 1 });
    expect(result.articles.map((a) => a.url)).toEqual([undefined, undefined, "https://x.example/twice"]);
    expect(result.articles[0]).not.toHaveProperty("url");
    expect(valid(result.articles)).toHaveLength(3);
  });

  it("clips what the schema limits, and names the feed's host when the feed has no title", () => {
    const result = feedToArticles(
      feed([{ title: "T".repeat(400), summary: "word ".repeat(300) }], ""),
      FEED,
      matcher,
      [],
      shippedIds,
    );
    const [a] = valid(result.articles);
    expect(a!.title.length).toBeLessThanOrEqual(300);
    expect(a!.summary.length).toBeLessThanOrEqual(600);
    expect(a!.id.length).toBeLessThanOrEqual(80);
    expect(a!.publishedBy).toBe("stride-notes.example");
  });

  it("treats the feed address the same however it is written", () => {
    const first = feedToArticles(feed(), FEED, matcher, [], shippedIds);
    const again = feedToArticles(feed(), `${FEED}#top`, matcher, first.articles, shippedIds);
    expect(again).toMatchObject({ added: 0, unchanged: 3 });
  });
});
