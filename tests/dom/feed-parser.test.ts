import { afterEach, describe, expect, it } from "vitest";
import atom from "../fixtures/feeds/running-backwards.atom?raw";
import jsLinks from "../fixtures/feeds/javascript-link.rss?raw";
import malformed from "../fixtures/feeds/malformed.xml?raw";
import htmlPage from "../fixtures/feeds/not-a-feed.html?raw";
import rss from "../fixtures/feeds/running-backwards.rss?raw";
import { MAX_ENTRIES, htmlToText, parseFeed } from "../../src/dom/feed-parser.ts";
import type { Feed } from "../../src/core/feed-articles.ts";

const RSS_URL = "https://stride-notes.example/tag/running-backwards/feed/";
const ATOM_URL = "https://coach.example/feeds/backwards.atom";

declare global {
  var __feedPwned: boolean | undefined;
}

afterEach(() => {
  delete globalThis.__feedPwned;
});

function ok(xml: string, url: string): Feed {
  const result = parseFeed(xml, url);
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return result.value;
}

function errors(xml: string, url = RSS_URL): string[] {
  const result = parseFeed(xml, url);
  if (result.ok) throw new Error("expected the feed to be refused");
  return result.errors;
}

describe("RSS 2.0", () => {
  const feed = ok(rss, RSS_URL);

  it("reads the channel title with its entities", () => {
    expect(feed.title).toBe("Stride Notes – running backwards");
    expect(feed.entries).toHaveLength(4);
  });

  it("turns description HTML into collapsed plain text and keeps the whole text for topics", () => {
    const [first] = feed.entries;
    expect(first).toMatchObject({
      title: "Why I started running backwards",
      url: "https://stride-notes.example/2024/03/why-i-started-running-backwards/",
      summary:
        "After months of lateral knee pain, my physio suggested ten minutes of backward running at the end of easy runs. Here is what changed in six weeks.",
      published: "2024-03-12T07:30:00.000Z",
    });
    // content:encoded adds the rest of the post; list items stay separate words.
    expect(first!.text).toContain("Week 1: 5 minutes on the track Week 3: 10 minutes, grass");
    expect(first!.text).toContain("plantar fasciitis flared once");
  });

  it("drops scripts and event handlers from entry HTML; escaped markup stays harmless text", () => {
    const drills = feed.entries[1]!;
    expect(drills.summary).toBe(
      "Three drills that load the quads and cut the ground reaction force at the knee. Tip for web nerds: a <script> tag in a post stays text.",
    );
    expect(drills.summary).not.toContain("__feedPwned");
    expect(drills.summary).not.toContain("pwned");
    expect(globalThis.__feedPwned).toBeUndefined();
    expect(document.title).not.toBe("pwned");
  });

  it("uses a permalink guid when there is no link, and decodes entities in titles", () => {
    expect(feed.entries[2]).toMatchObject({
      title: "Hills & tracks: a week of retro running",
      url: "https://stride-notes.example/2024/05/a-week-of-retro-running/",
      published: "2024-05-06T17:15:00.000Z",
    });
  });

  it("resolves relative links against the feed address and skips dates that do not parse", () => {
    const race = feed.entries[3]!;
    expect(race.url).toBe("https://stride-notes.example/2024/10/autumn-10k/");
    expect(race.published).toBeUndefined();
    expect(race.summary).toBe("A cold morning, a new personal best and a lot of tea afterwards.");
  });

  it("ignores a guid that is not a permalink", () => {
    const [result] = ok(
      `<rss version="2.0"><channel><title>T</title><item><title>Only a guid here</title>
        <guid isPermaLink="false">https://x.example/?p=1</guid><description>x</description></item></channel></rss>`,
      RSS_URL,
    ).entries;
    expect(result!.url).toBeUndefined();
  });
});

describe("Atom", () => {
  const feed = ok(atom, ATOM_URL);

  it("reads text and html titles, and the alternate link resolved against the feed address", () => {
    expect(feed.title).toBe("Backwards Coach");
    expect(feed.entries[0]).toMatchObject({
      title: "Backward running on hills",
      url: "https://coach.example/posts/backwards-hills",
      summary: "Walking up a hill backwards takes load off the knee.",
      published: "2024-05-20T08:00:00.000Z",
    });
  });

  it("reads xhtml content as text, without its script", () => {
    const text = feed.entries[0]!.text!;
    expect(text).toContain("Keep the hamstrings relaxed; the hamstrings do little");
    expect(text).not.toContain("__feedPwned");
    expect(globalThis.__feedPwned).toBeUndefined();
  });

  it("keeps a plain-text title as written, and falls back to an address-like id", () => {
    expect(feed.entries[1]).toMatchObject({
      title: "Plain-text title <not a tag>",
      url: "https://coach.example/posts/plain",
      summary: "A plain summary about cadence.",
      published: "2024-05-10T08:00:00.000Z",
    });
    expect(feed.entries[2]).toMatchObject({
      url: "https://coach.example/posts/id-only",
      summary: "Short.",
    });
  });
});

describe("addresses that are not web pages", () => {
  it("keeps only http(s) entry links", () => {
    const feed = ok(jsLinks, "https://sneaky.example/feed");
    expect(feed.entries.map((e) => e.url)).toEqual([undefined, undefined, "https://sneaky.example/normal"]);
    expect(JSON.stringify(feed)).not.toMatch(/javascript:|data:/);
  });
});

describe("what is not a feed", () => {
  it("says a malformed feed is not well-formed", () => {
    const [message] = errors(malformed);
    expect(message).toMatch(/^This is not a well-formed RSS or Atom feed \(XML error: .+\)\.$/);
  });

  it("says an HTML page is a web page, and points at the feed it names", () => {
    expect(errors(htmlPage, "https://stride-notes.example/tag/running-backwards/")).toEqual([
      "This address is a web page, not an RSS or Atom feed. The page names its feed at https://stride-notes.example/tag/running-backwards/feed/; import that address instead.",
    ]);
  });

  it.each([
    ["a page without a doctype", "<html><body><p>Hello<br>world</body></html>"],
    ["well-formed XHTML", '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Hi</p></body></html>'],
    ["a comment before the page", "<!-- cached -->\n<!DOCTYPE html><title>x</title>"],
  ])("recognises %s as a web page", (_what, page) => {
    expect(errors(page)[0]).toMatch(/is a web page, not an RSS or Atom feed\. Look on the blog/);
  });

  it.each([
    ["empty text", "   ", /is empty/],
    ["other XML", "<svg xmlns='http://www.w3.org/2000/svg'/>", /XML but not an RSS or Atom feed: .*<svg>/],
    ["RSS without a channel", "<rss version='2.0'/>", /no <channel>/],
    ["JSON", '{"version": "https://jsonfeed.org/version/1.1"}', /not a well-formed/],
  ])("refuses %s", (_what, text, message) => {
    expect(errors(text)[0]).toMatch(message);
  });
});

describe("limits and other formats", () => {
  it(`reads at most ${MAX_ENTRIES} entries and says how many it left out`, () => {
    const items = Array.from(
      { length: MAX_ENTRIES + 5 },
      (_, i) => `<item><title>Post ${i}</title><link>https://x.example/${i}</link></item>`,
    ).join("");
    const feed = ok(`<rss><channel><title>Big</title>${items}</channel></rss>`, RSS_URL);
    expect(feed.entries).toHaveLength(MAX_ENTRIES);
    expect(feed.omitted).toBe(5);
  });

  it("cuts long summaries at a word to 600 characters", () => {
    const long = "backward running ".repeat(100);
    const feed = ok(
      `<rss><channel><title>T</title><item><title>Long</title><description>${long}</description></item></channel></rss>`,
      RSS_URL,
    );
    const { summary, text } = feed.entries[0]!;
    expect(summary.length).toBeLessThanOrEqual(600);
    expect(summary).toMatch(/running…$|backward…$/);
    expect(text!.length).toBe(long.trim().length);
  });

  it("reads RSS 1.0 (RDF)", () => {
    const feed = ok(
      `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://old.example/"><title>Old blog</title></channel>
        <item rdf:about="https://old.example/1"><title>Retro running in 2004</title><link>https://old.example/1</link>
          <description>Before it was cool.</description><dc:date>2004-05-01T10:00:00Z</dc:date></item>
      </rdf:RDF>`,
      RSS_URL,
    );
    expect(feed).toEqual({
      title: "Old blog",
      entries: [
        {
          title: "Retro running in 2004",
          url: "https://old.example/1",
          summary: "Before it was cool.",
          published: "2004-05-01T10:00:00.000Z",
        },
      ],
    });
  });

  it("gives an entry without a title the start of its text", () => {
    const feed = ok(
      `<rss><channel><title>T</title><item><description>Just a note about cadence and nothing else.</description></item></channel></rss>`,
      RSS_URL,
    );
    expect(feed.entries[0]!.title).toBe("Just a note about cadence and nothing else.");
  });
});

describe("htmlToText", () => {
  it("keeps words apart at blocks and line breaks and removes hidden elements", () => {
    const parser = new DOMParser();
    expect(
      htmlToText(
        "<h2>Knees</h2><p>One<br>two</p><style>p{}</style><ul><li>a</li><li>b</li></ul><noscript>x</noscript>",
        parser,
      ),
    ).toBe("Knees One two a b");
    expect(htmlToText("plain   text", parser)).toBe("plain text");
    expect(htmlToText("Fish &amp; chips &lt;b&gt;", parser)).toBe("Fish & chips <b>");
  });
});
