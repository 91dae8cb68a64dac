import { type Feed, type FeedEntry, SUMMARY_MAX, clipText } from "../core/feed-articles.ts";
import type { ParseResult } from "../core/glossary-schema.ts";
import { httpUrl } from "../core/http-url.ts";

// RSS 2.0 (and 0.9x/1.0) and Atom feeds into plain-text entries. The XML goes through the
// browser's DOMParser as "application/xml"; entry HTML is parsed by DOMParser as "text/html"
// into an inert document (no scripts run, nothing loads) and only its text is read. Nothing
// here ever assigns HTML to a live document.

const CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
const DC_NS = "http://purl.org/dc/elements/1.1/";
const XHTML_NS = "http://www.w3.org/1999/xhtml";
const PARSER_ERROR_NS = ["http://www.mozilla.org/newlayout/xml/parsererror.xml", XHTML_NS];

/** Entries past this many are left out: a reading list is not an archive. */
export const MAX_ENTRIES = 200;
/** The whole text of an entry kept for finding its topics. */
export const TEXT_MAX = 20_000;

/** Elements whose text is not part of what a reader sees. */
const HIDDEN = new Set("script style noscript template iframe object embed svg math head title".split(" "));
/** Elements that separate words: their text must not run into the text around them. */
const BLOCKS = new Set(
  "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul".split(
    " ",
  ),
);

/**
 * The elements under `root` with one of these names, in any namespace or case. A walk rather
 * than querySelectorAll: jsdom (the DOM tests) slows down a little with every document it runs a
 * selector in, and an import parses one document per entry.
 */
const named = (root: Element, names: ReadonlySet<string>) =>
  [...root.getElementsByTagName("*")].filter((el) => names.has(el.localName.toLowerCase()));

/** The visible text of a parsed HTML fragment, words kept apart at block boundaries. */
function visibleText(root: Element): string {
  for (const el of named(root, HIDDEN)) el.remove();
  for (const el of named(root, BLOCKS)) {
    el.before(" ");
    el.after(" ");
  }
  return (root.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** HTML (as found in a description or content) to plain text, through an inert document. */
export function htmlToText(html: string, parser: DOMParser): string {
  if (!/[<&]/.test(html)) return html.replace(/\s+/g, " ").trim();
  return visibleText(parser.parseFromString(html, "text/html").body);
}

const childrenNamed = (parent: Element, name: string, ns: string | null) =>
  [...parent.children].filter((c) => c.localName === name && c.namespaceURI === ns);
const child = (parent: Element, name: string, ns: string | null) => childrenNamed(parent, name, ns)[0];
const text = (el: Element | undefined) => el?.textContent?.trim() ?? "";

/** An absolute http(s) address, resolved against `base`, or nothing. */
function httpAddress(href: string, base: string): string | undefined {
  const trimmed = href.trim();
  if (trimmed === "") return undefined;
  return httpUrl(trimmed, base)?.href;
}

function isoDate(value: string): string | undefined {
  const time = Date.parse(value.trim());
  return Number.isFinite(time) ? new Date(time).toISOString() : undefined;
}

/** RSS titles are meant as plain text, but many feeds put entities or tags in them. */
function rssTitle(el: Element | undefined, parser: DOMParser): string {
  const raw = text(el);
  return /&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);|<\/?[a-z][^>]*>/i.test(raw)
    ? htmlToText(raw, parser)
    : raw.replace(/\s+/g, " ");
}

/** An Atom text construct (title, summary, content) by its type: text, html or xhtml. */
function atomText(el: Element | undefined, parser: DOMParser): string {
  if (!el) return "";
  const type = (el.getAttribute("type") ?? "text").trim().toLowerCase();
  if (el.hasAttribute("src")) return ""; // content elsewhere: not fetched
  if (type === "html" || type === "text/html") return htmlToText(el.textContent ?? "", parser);
  if (type === "xhtml" || type === "application/xhtml+xml") {
    const doc = parser.parseFromString("<!doctype html><body></body>", "text/html");
    for (const node of el.childNodes) doc.body.append(doc.importNode(node, true));
    return visibleText(doc.body);
  }
  if (type === "text" || type.startsWith("text/")) return (el.textContent ?? "").replace(/\s+/g, " ").trim();
  return ""; // base64 or other media
}

function entry(
  title: string,
  url: string | undefined,
  parts: string[],
  published: string | undefined,
): FeedEntry {
  const texts = parts.filter((p) => p !== "");
  const summary = clipText(texts[0] ?? "", SUMMARY_MAX);
  // A description is often the start of the content: then the content alone is the whole text.
  const [first = "", second] = texts;
  const repeats = second !== undefined && second.startsWith(first.slice(0, 100));
  const whole = clipText(repeats ? second : texts.join(" "), TEXT_MAX);
  return {
    // Without a title, the start of the text stands in for it.
    title: title || clipText(summary, 90),
    ...(url ? { url } : {}),
    summary,
    ...(whole.length > summary.length ? { text: whole } : {}),
    ...(published ? { published } : {}),
  };
}

function rssEntries(items: Element[], feedUrl: string, parser: DOMParser): FeedEntry[] {
  return items.map((item) => {
    const ns = item.namespaceURI;
    const guid = child(item, "guid", ns);
    const permalink =
      guid && guid.getAttribute("isPermaLink")?.trim().toLowerCase() !== "false"
        ? // A guid is only an address when it is an absolute one.
          /^https?:\/\//i.test(text(guid))
          ? httpAddress(text(guid), feedUrl)
          : undefined
        : undefined;
    const description = child(item, "description", ns);
    const encoded = child(item, "encoded", CONTENT_NS);
    const date = text(child(item, "pubDate", ns)) || text(child(item, "date", DC_NS));
    return entry(
      rssTitle(child(item, "title", ns), parser),
      httpAddress(text(child(item, "link", ns)), feedUrl) ?? permalink,
      [htmlToText(text(description), parser), htmlToText(text(encoded), parser)],
      date ? isoDate(date) : undefined,
    );
  });
}

function atomLink(entryEl: Element, ns: string | null, feedUrl: string): string | undefined {
  const links = childrenNamed(entryEl, "link", ns).filter((l) =>
    ["", "alternate"].includes((l.getAttribute("rel") ?? "").trim().toLowerCase()),
  );
  const html = links.find((l) => /html/i.test(l.getAttribute("type") ?? "text/html"));
  for (const link of html ? [html, ...links] : links) {
    const address = httpAddress(link.getAttribute("href") ?? "", feedUrl);
    if (address) return address;
  }
  const id = text(child(entryEl, "id", ns));
  return /^https?:\/\//i.test(id) ? httpAddress(id, feedUrl) : undefined;
}

function atomEntries(entries: Element[], feedUrl: string, parser: DOMParser): FeedEntry[] {
  return entries.map((el) => {
    const ns = el.namespaceURI;
    const date =
      text(child(el, "published", ns)) || text(child(el, "updated", ns)) || text(child(el, "issued", ns));
    return entry(
      atomText(child(el, "title", ns), parser),
      atomLink(el, ns, feedUrl),
      [atomText(child(el, "summary", ns), parser), atomText(child(el, "content", ns), parser)],
      date ? isoDate(date) : undefined,
    );
  });
}

const looksLikeHtml = (source: string) =>
  /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(source);

/** A page that is not a feed often names its feed: say where, so the user can import that. */
function notAFeed(source: string, feedUrl: string, parser: DOMParser): string {
  const doc = parser.parseFromString(source, "text/html");
  const link = [...doc.querySelectorAll("link[rel~='alternate' i][href]")].find((l) =>
    /^application\/(?:rss|atom)\+xml$/i.test(l.getAttribute("type")?.trim() ?? ""),
  );
  const named = link ? httpAddress(link.getAttribute("href") ?? "", feedUrl) : undefined;
  return named
    ? `This address is a web page, not an RSS or Atom feed. The page names its feed at ${named}; import that address instead.`
    : "This address is a web page, not an RSS or Atom feed. Look on the blog for a link named RSS, Atom or Feed.";
}

function parserError(doc: Document): string | null {
  const error = PARSER_ERROR_NS.map((ns) => doc.getElementsByTagNameNS(ns, "parsererror")[0]).find(Boolean);
  if (!error) return null;
  // Firefox adds the offending line (<sourcetext>) and the document's internal address.
  const detail = [...error.childNodes]
    .filter((n) => !(n.nodeType === 1 && (n as Element).localName === "sourcetext"))
    .map((n) => n.textContent ?? "")
    .join(" ")
    .replace(/Location:\s*\S+/, "")
    .replace(
      /This page contains the following errors:|Below is a rendering of the page up to the first error\./g,
      "",
    )
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.:]$/, "");
  return clipText(detail, 200);
}

/** A feed (RSS 2.0, 0.9x, 1.0 or Atom) as plain-text entries, or why it is not one. */
export function parseFeed(
  xml: string,
  feedUrl: string,
  parser: DOMParser = new DOMParser(),
): ParseResult<Feed> {
  const source = xml.replace(/^\uFEFF/, "");
  if (source.trim() === "")
    return { ok: false, errors: ["The feed is empty: the address returned no content."] };
  if (looksLikeHtml(source)) return { ok: false, errors: [notAFeed(source, feedUrl, parser)] };

  const doc = parser.parseFromString(source, "application/xml");
  const problem = parserError(doc);
  if (problem !== null) {
    return {
      ok: false,
      errors: [`This is not a well-formed RSS or Atom feed (XML error${problem ? `: ${problem}` : ""}).`],
    };
  }
  const root = doc.documentElement;
  const all = (() => {
    switch (root.localName) {
      case "rss": {
        const channel = child(root, "channel", root.namespaceURI);
        if (!channel) return null;
        return {
          title: rssTitle(child(channel, "title", channel.namespaceURI), parser),
          items: childrenNamed(channel, "item", channel.namespaceURI),
          read: rssEntries,
        };
      }
      case "RDF": {
        // RSS 1.0: items are siblings of the channel.
        const channel = [...root.children].find((c) => c.localName === "channel");
        const ns = channel?.namespaceURI ?? null;
        return {
          title: channel ? rssTitle(child(channel, "title", ns), parser) : "",
          items: [...root.children].filter((c) => c.localName === "item" && c.namespaceURI === ns),
          read: rssEntries,
        };
      }
      case "feed":
        return {
          title: atomText(child(root, "title", root.namespaceURI), parser),
          items: childrenNamed(root, "entry", root.namespaceURI),
          read: atomEntries,
        };
      default:
        return undefined;
    }
  })();
  if (all === null)
    return { ok: false, errors: ["This RSS document has no <channel>, so it has no entries."] };
  if (all === undefined) {
    if (root.localName === "html" || root.namespaceURI === XHTML_NS)
      return { ok: false, errors: [notAFeed(source, feedUrl, parser)] };
    return {
      ok: false,
      errors: [`This is XML but not an RSS or Atom feed: its root element is <${root.localName}>.`],
    };
  }
  const items = all.items.slice(0, MAX_ENTRIES);
  return {
    ok: true,
    value: {
      title: all.title.replace(/\s+/g, " ").trim(),
      entries: all.read(items, feedUrl, parser),
      ...(all.items.length > items.length ? { omitted: all.items.length - items.length } : {}),
    },
  };
}
