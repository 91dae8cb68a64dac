import fc from "fast-check";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import atom from "../fixtures/feeds/running-backwards.atom?raw";
import rss from "../fixtures/feeds/running-backwards.rss?raw";
import { SUMMARY_MAX } from "../../src/core/feed-articles.ts";
import { MAX_ENTRIES, TEXT_MAX, parseFeed } from "../../src/dom/feed-parser.ts";
import { MARK, feedText } from "../support/feed-arbitraries.ts";
import { freshParsers } from "../support/fresh-dom-parser.ts";

// The feed parser, fed 10,000 generated documents: plain strings, and RSS/Atom built from
// fragments with hostile content (script in titles, javascript: links, entity tricks, huge and
// missing fields). It never throws; it either names what is wrong or returns entries whose
// links are http(s) only and whose text is plain, with nothing from a script or handler in it.

const RUNS = 10_000;
vi.setConfig({ testTimeout: 120_000 });

declare global {
  var __feedPwned: boolean | undefined;
}
afterEach(() => {
  delete globalThis.__feedPwned;
});

const FEED_URLS = ["https://feeds.example/rss", "http://blog.example/a/b/feed?x=1", "https://[::1]:8443/f"];

const KNOWN_ERRORS = [
  /^The feed is empty: the address returned no content\.$/,
  /^This address is a web page, not an RSS or Atom feed\. /,
  /^This is not a well-formed RSS or Atom feed \(XML error(: .+)?\)\.$/,
  /^This RSS document has no <channel>, so it has no entries\.$/,
  /^This is XML but not an RSS or Atom feed: its root element is <.+>\.$/s,
];

/** What is wrong with a piece of entry text: it must be plain, trimmed, collapsed and short enough. */
function plainProblems(what: string, text: unknown, max: number): string[] {
  if (typeof text !== "string") return [`${what} is not a string`];
  const problems: string[] = [];
  if (text.length > max) problems.push(`${what} is ${text.length} characters long`);
  if (text !== text.trim() || /\s{2}|[\n\r\t\f\v]/.test(text)) problems.push(`${what} has raw whitespace`);
  if (text.includes(MARK)) problems.push(`${what} shows hidden markup: ${text.slice(0, 200)}`);
  return problems;
}

/** Every broken promise of one parse; one expect per run keeps 10,000 runs fast. */
function problemsOf(result: ReturnType<typeof parseFeed>): string[] {
  if (!result.ok) {
    const [error, ...more] = result.errors;
    if (error === undefined || more.length > 0) return [`expected one error, got ${result.errors.length}`];
    return KNOWN_ERRORS.some((known) => known.test(error)) ? [] : [`unexpected error: ${error}`];
  }
  const { title, entries } = result.value;
  const problems = plainProblems("feed title", title, Infinity);
  if (entries.length > MAX_ENTRIES) problems.push(`${entries.length} entries`);
  entries.forEach((entry, i) => {
    problems.push(
      ...plainProblems(`${i}.title`, entry.title, Infinity),
      ...plainProblems(`${i}.summary`, entry.summary, SUMMARY_MAX),
      ...(entry.text === undefined ? [] : plainProblems(`${i}.text`, entry.text, TEXT_MAX)),
    );
    if (entry.url !== undefined) {
      const url = URL.parse(entry.url);
      if (!url || !["http:", "https:"].includes(url.protocol) || url.href !== entry.url)
        problems.push(`${i}.url is not an absolute http(s) address: ${entry.url}`);
    }
    if (entry.published !== undefined && new Date(entry.published).toISOString() !== entry.published)
      problems.push(`${i}.published is not ISO 8601: ${entry.published}`);
  });
  return problems;
}

const parsers = freshParsers();
afterAll(() => parsers.close());

describe("the feed parser, fed generated documents", () => {
  it("reads the hand-written fixtures, so the generators build on a working parser", () => {
    expect(parseFeed(rss, FEED_URLS[0]!).ok).toBe(true);
    expect(parseFeed(atom, FEED_URLS[0]!).ok).toBe(true);
  });

  it("never throws; refuses with a known message, or returns http(s) links and plain text", () => {
    const outcomes = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(feedText, fc.constantFrom(...FEED_URLS), (xml, url) => {
        const result = parseFeed(xml, url, parsers.next());
        outcomes[result.ok ? "accepted" : "refused"]++;
        expect(problemsOf(result)).toEqual([]);
        expect(globalThis.__feedPwned).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
    expect(parsers.pwned()).toBe(false);
    // Both kinds of input are common enough to matter (shrinking only adds runs).
    expect(outcomes.accepted).toBeGreaterThan(RUNS * 0.3);
    expect(outcomes.refused).toBeGreaterThan(RUNS * 0.2);
  });
});
