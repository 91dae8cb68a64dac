import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import libraryData from "../../src/data/articles.json";
import { discoverArticles } from "../../src/dom/article-discovery.ts";

const titles = libraryData.articles.map((a) => ({ id: a.id, title: a.title }));
const load = (file: string, url: string) =>
  new JSDOM(readFileSync(`tests/fixtures/blog/${file}`, "utf8"), { url }).window.document;

describe("article discovery", () => {
  it("learns addresses from a tag archive's links, tolerant of case and punctuation", () => {
    const doc = load("tag-running-backwards.html", "http://127.0.0.1:8080/tag/running-backwards/");
    expect(discoverArticles(doc, titles)).toEqual([
      {
        articleId: "biomechanics-of-running-backwards",
        url: "http://127.0.0.1:8080/2024/05/biomechanics-of-running-backwards/",
      },
      {
        articleId: "running-backwards-lateral-knee-pain",
        url: "http://127.0.0.1:8080/2024/03/running-backwards-lateral-knee-pain/",
      },
    ]);
  });

  it("recognises an article page by its title and heading", () => {
    const doc = load(
      "article-lateral-knee-pain.html",
      "http://127.0.0.1:8080/2024/03/running-backwards-lateral-knee-pain/#top",
    );
    expect(discoverArticles(doc, titles)).toEqual([
      {
        articleId: "running-backwards-lateral-knee-pain",
        url: "http://127.0.0.1:8080/2024/03/running-backwards-lateral-knee-pain/",
      },
    ]);
  });

  it("ignores short, partial and non-web links", () => {
    const doc = new JSDOM(
      `<a href="/x">Running backwards</a><a href="javascript:void 0">The biomechanics of running backwards.</a>
       <a href="/y">The biomechanics of running</a>`,
      { url: "https://example.org/" },
    ).window.document;
    expect(discoverArticles(doc, titles)).toEqual([]);
  });
});
