import { describe, expect, it } from "vitest";
import { builtIn } from "../../src/background/glossary.ts";
import { allArticles, inSentence, reading } from "../../src/background/library.ts";

const terms = builtIn.terms;
const term = (id: string) => terms.find((t) => t.id === id)!;

describe("reading links", () => {
  it("puts the lateral-knee-pain article first, with a reason and an honest search link", () => {
    const [first] = reading(allArticles([]), terms, {}).forTerm("lateral-knee-pain");
    expect(first).toEqual({
      id: "running-backwards-lateral-knee-pain",
      title: "Running Backwards: a training idea for runners with lateral knee pain.",
      url: `https://duckduckgo.com/?q=${encodeURIComponent('"Running Backwards: a training idea for runners with lateral knee pain."')}`,
      isSearch: true,
      reason: "discusses lateral knee pain",
    });
  });

  it("links straight to a learned address", () => {
    const learned = { "running-backwards-lateral-knee-pain": "https://blog.example/retro-lateral-knee" };
    const [first] = reading(allArticles([]), terms, learned).forTerm("lateral-knee-pain");
    expect(first).toMatchObject({ url: "https://blog.example/retro-lateral-knee", isSearch: false });
  });

  it("ranks reading for a whole page and ignores invalid user articles", () => {
    const links = reading(allArticles("garbage"), terms, {}).forPage([
      { termId: "newtons-third-law", count: 2 },
      { termId: "knee", count: 5 },
    ]);
    expect(links[0]?.id).toBe("biomechanics-of-running-backwards");
    expect(links[0]?.reason).toBe("discusses Newton's third law");
  });

  it("keeps user articles that do not reuse a shipped id", () => {
    const mine = {
      id: "my-notes",
      title: "My retro running notes",
      summary: "",
      topics: ["backward-running"],
      tags: [],
    };
    expect(allArticles([mine]).map((a) => a.id)).toContain("my-notes");
  });
});

describe("labels mid-sentence", () => {
  it.each([
    ["lateral-knee-pain", "lateral knee pain"],
    ["newtons-third-law", "Newton's third law"],
    ["achilles-tendon", "Achilles tendon"],
    ["knee", "knee"],
  ])("%s → %s", (id, expected) => {
    const prose = terms.map((t) => `${t.summary} ${t.explanation} ${t.forRunners}`).join(" ");
    expect(inSentence(term(id), prose)).toBe(expected);
  });
});

describe("user articles that duplicate shipped ones", () => {
  const copy = {
    id: "imported-copy",
    title: "The Biomechanics of Running Backwards",
    summary: "",
    url: "https://blog.example/biomechanics-backwards/",
    topics: ["backward-running"],
    tags: ["feed"],
  };

  it("are not listed twice, and lend the shipped article their address", async () => {
    const { addressesFromUserList } = await import("../../src/background/library.ts");
    expect(allArticles([copy]).filter((a) => /biomechanics/i.test(a.title))).toHaveLength(1);
    expect(addressesFromUserList([copy])).toEqual({
      "biomechanics-of-running-backwards": "https://blog.example/biomechanics-backwards/",
    });
  });
});
