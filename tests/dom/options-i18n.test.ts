import { h, options, render } from "preact";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import de from "../../src/locales/de/messages.json";
import en from "../../src/locales/en/messages.json";
import type { Article } from "../../src/core/article-schema.ts";
import { useFallbackMessages } from "../../src/platform/i18n.ts";
import { Options, type OptionsProps } from "../../src/ui/options/Options.tsx";
import { FeedFetchError, fetchFeedText } from "../../src/ui/options/fetch-feed.ts";
import { optionsProps, settingsWith, validTerm } from "../support/fixtures.ts";
import { formControls } from "../support/form-controls.ts";

// The options page in German: every piece of UI text comes from the German messages. The user's
// own data, examples of English glossary words and messages from the English core are left out.

const customTerm = validTerm({
  aliases: [],
  explanation: "You stand on one leg and let the free hip drop. Then you lift it back up again.",
  forRunners: "It strengthens the muscles that keep the pelvis level.",
});
const fromFeed: Article = {
  id: "backwards-drills",
  title: "Backwards drills",
  url: "https://blog.example/backwards-drills",
  summary: "",
  topics: ["knee"],
  tags: [],
  feed: "https://blog.example/feed/",
  publishedBy: "Stride Notes",
};
const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Stride Notes</title>
<link>https://blog.example/</link>
<item><title>Knee pain, walking backwards</title><link>https://blog.example/knee</link>
<description>Backward walking eases knee pain.</description></item>
</channel></rss>`;

/** Words that give English away; none of them is also a German word. */
const ENGLISH =
  /\b(the|and|your|you|is|are|of|to|for|this|with|from|was|were|could|not|added|saved|terms?|article|site|Add|Remove|Delete|Edit|Save|Cancel|Required)\b/i;

/** UI text that is still English: text nodes outside the user's data, and labelling attributes. */
function englishLeftovers(root: HTMLElement): string[] {
  const data = "[lang='en'], code, .item-name > a, .field-error";
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (!node.parentElement?.closest(data)) texts.push(node.textContent ?? "");
  for (const el of root.querySelectorAll("[aria-label], [placeholder], [title]"))
    for (const name of ["aria-label", "placeholder", "title"]) texts.push(el.getAttribute(name) ?? "");
  // The user's terms and articles, and example glossary words in hints, are English by design.
  const ownData =
    /hip drop drill|Hip drop drill|Backwards drills|Knee pain, walking backwards|running backwards/g;
  return texts.filter((text) => ENGLISH.test(text.replace(ownData, "")));
}

options.requestAnimationFrame = (callback) => setTimeout(callback);
let container: HTMLElement;

beforeAll(() => useFallbackMessages(de));
afterAll(() => useFallbackMessages(en));

beforeEach(() => {
  container = document.createElement("div");
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

function mount(over: Partial<OptionsProps> = {}) {
  const props = optionsProps({
    settings: settingsWith({ disabledSites: ["news.example.com"] }),
    customTerms: [customTerm],
    articles: [fromFeed],
    fetchFeed: async (url) => ({ text: rss, url, contentType: "application/rss+xml" }),
    ...over,
  });
  render(h(Options, props), container);
}

const { labelled, button, type, click } = formControls(() => container);
const text = () => container.textContent ?? "";

describe("the options page in German", () => {
  it("shows every section, list and control in German", () => {
    mount({ settingsProblem: "PROBLEM" });
    const headings = [...container.querySelectorAll("h1, h2")].map((e) => e.textContent);
    expect(headings).toEqual([
      "Backstride-Einstellungen",
      "Hervorhebungen",
      "Websites, auf denen Backstride aus ist",
      "Ihre eigenen Begriffe",
      "Ihre Leseliste",
      "Artikel aus dem Feed eines Blogs importieren",
      "Sichern und wiederherstellen",
    ]);
    expect(container.querySelector('.notice[role="alert"]')?.textContent).toMatch(
      /^Ihre gespeicherten Einstellungen konnten nicht gelesen werden;.*: PROBLEM$/,
    );
    expect(container.querySelector(".category")?.textContent).toBe("Training");
    expect(button("Bearbeiten „hip drop drill“")).toBeTruthy();
    expect(text()).toContain("Stride Notes · aus einem Feed · Begriffe: Knee");
    expect(text()).toContain("https://blog.example/feed/ · 1 Artikel");
    expect(englishLeftovers(container)).toEqual([]);
  });

  it("asks before deleting, in German", async () => {
    mount();
    await click(button("Löschen „hip drop drill“"));
    expect(button("Ja, „hip drop drill“ löschen")).toBeTruthy();
    await click(button("Artikel entfernen („Stride Notes“)"));
    expect(button("Ja, 1 Artikel aus „Stride Notes“ entfernen")).toBeTruthy();
    expect(englishLeftovers(container)).toEqual([]);
  });

  it("reports form errors in German", async () => {
    mount();
    await click(button("Begriff hinzufügen"));
    await click(button("Begriff speichern"));
    expect(container.querySelector(".form-summary")?.textContent).toMatch(
      /^Nicht gespeichert: \d+ Probleme müssen behoben werden\.$/,
    );
    const summaryError = document.getElementById("term-summary-error");
    expect(summaryError?.textContent).toBe("Bitte ausfüllen.");
    const categories = [...container.querySelectorAll("#term-category option")].map((o) => o.textContent);
    expect(categories).toContain("Muskelarbeit");
    expect(englishLeftovers(container)).toEqual([]);

    await click(button("Abbrechen"));
    await click(button("Artikel hinzufügen"));
    await type(labelled("Begriffe, um die es im Artikel geht"), "kne");
    await click(button("Artikel speichern"));
    expect(document.getElementById("article-terms-error")?.textContent).toMatch(
      /^„kne“ ist kein Glossarbegriff\. Meinten Sie „Knee“( oder „[^“]+“)*\?/,
    );
    expect(document.getElementById("article-title-error")?.textContent).toBe("Bitte ausfüllen.");
    expect(englishLeftovers(container)).toEqual([]);
  });

  it("says what a site entry needs, in German", async () => {
    mount();
    await type(labelled("Hostname oder Seitenadresse"), "ftp://example.com");
    await click(button("Website hinzufügen"));
    expect(document.getElementById("site-input-error")?.textContent).toBe(
      "Nur http- und https-Seiten lassen sich ausschalten; „ftp://example.com“ ist keines von beiden.",
    );
    await type(labelled("Hostname oder Seitenadresse"), "news.example.com");
    await click(button("Website hinzufügen"));
    expect(document.getElementById("site-input-error")?.textContent).toBe(
      "news.example.com steht schon in der Liste.",
    );
  });

  it("imports a feed and sums up in German", async () => {
    mount({ articles: [] });
    await type(labelled("Feed-Adresse"), "https://blog.example/feed/");
    await click(button("Feed importieren"));
    await vi.waitFor(() =>
      expect(text()).toContain(
        "„Stride Notes“ importiert: 1 Artikel, davon 1 mit Bezug zu Glossarbegriffen (1 neu).",
      ),
    );
    expect(englishLeftovers(container)).toEqual([]);
  });

  it("explains download failures in German", async () => {
    const failing = (response: Response) =>
      fetchFeedText("https://blog.example/feed", { fetch: async () => response }).catch(
        (error: FeedFetchError) => error.message,
      );
    expect(await failing(new Response("", { status: 404, statusText: "Not Found" }))).toBe(
      "Unter dieser Adresse gibt es keinen Feed (Antwort des Servers: 404 Not Found).",
    );
    expect(await failing(new Response("", { status: 503 }))).toBe(
      "Der Server antwortete mit 503, statt den Feed zu senden.",
    );
  });
});
