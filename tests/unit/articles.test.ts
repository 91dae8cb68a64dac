import { describe, expect, it } from "vitest";
import libraryData from "../../src/data/articles.json";
import glossaryData from "../../src/data/glossary.json";
import { articlesForPage, articlesForTerm, indexArticles } from "../../src/core/article-relations.ts";
import { type Article, parseLibrary } from "../../src/core/article-schema.ts";
import { compileGlossary, termsById } from "../../src/core/glossary-index.ts";
import type { Glossary } from "../../src/core/glossary-schema.ts";

const glossary = glossaryData as Glossary;
const matcher = compileGlossary(glossary);
const terms = termsById(glossary);
const relatedOf = (id: string) => terms.get(id)?.related ?? [];

describe("the shipped article library", () => {
  const parsed = parseLibrary(libraryData);
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  const articles = parsed.value.articles;

  it("ships the three backward-running articles with titles exactly as published", () => {
    expect(articles.map((a) => a.title)).toEqual(
      expect.arrayContaining([
        "The biomechanics of running backwards.",
        "Running Backwards: a training idea for runners with lateral knee pain.",
      ]),
    );
    expect(articles).toHaveLength(3);
  });

  it("has topics that are glossary terms, and every term the engine finds in title and summary is a topic", () => {
    for (const a of articles) {
      for (const t of a.topics) expect(terms.has(t), `${a.id}: ${t}`).toBe(true);
      const found = new Set(matcher.scan(`${a.title}\u2029${a.summary}`).map((m) => m.termId));
      for (const t of found) expect(a.topics, `${a.id} mentions ${t}`).toContain(t);
    }
  });

  it("ranks the lateral-knee-pain article first for lateral knee pain", () => {
    const ranked = articlesForTerm(
      indexArticles(articles, matcher),
      "lateral-knee-pain",
      relatedOf("lateral-knee-pain"),
    );
    expect(ranked[0]?.article.id).toBe("running-backwards-lateral-knee-pain");
  });
});

const article = (id: string, title: string, topics: string[], summary = ""): Article => ({
  id,
  title,
  summary,
  topics,
  tags: [],
});

describe("relation scoring", () => {
  const index = indexArticles(
    [
      article("summary-only", "Notes from the track", ["knee"]),
      article("in-title", "Why the knee hurts", ["knee"]),
      article("related-only", "Hips first", ["hip", "quadriceps"]),
      article("unrelated", "Recipes", []),
    ],
    matcher,
  );

  it("puts a title match before a topic match before a related-term match, and drops the rest", () => {
    const ranked = articlesForTerm(index, "knee", ["hip", "quadriceps", "patella"]);
    expect(ranked.map((r) => [r.article.id, r.score, r.direct])).toEqual([
      ["in-title", 3, true],
      ["summary-only", 2, true],
      ["related-only", 1, false],
    ]);
    expect(ranked[2]?.via).toBe("hip");
  });

  it("limits the list", () => {
    expect(articlesForTerm(index, "knee", ["hip"], 1)).toHaveLength(1);
  });

  it("ranks a page's reading by all its terms, damping repeated terms", () => {
    const page = articlesForPage(
      index,
      [
        { termId: "hip", count: 1 },
        { termId: "knee", count: 40 },
      ],
      () => [],
    );
    expect(page.map((r) => r.article.id)).toEqual(["in-title", "summary-only", "related-only"]);
    expect(page[0]!.score).toBeCloseTo(3 * (1 + Math.log(40)));
  });
});
