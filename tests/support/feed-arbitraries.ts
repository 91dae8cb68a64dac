import fc from "fast-check";
import { MAX_ENTRIES } from "../../src/dom/feed-parser.ts";

// Generated RSS and Atom documents for property tests: built from fragments with hostile content
// (scripts and handlers in titles and text, javascript: and data: links, entity tricks), missing
// and odd fields, damaged XML, oversized fields and entry counts, and things that are not feeds.
// MARK appears only where no reader would see it (inside scripts, styles, attributes...), so it
// must never reach an entry's text, except in damaged documents, where it is removed first.

/** Text that would only reach an entry if markup were run or its hidden parts read as text. */
export const MARK = "PWNED";

const xmlEscape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const cdata = (s: string) => `<![CDATA[${s.replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;

/** Markup whose only visible text is harmless; MARK sits where no reader sees it. */
export const hostileHtml = fc.constantFrom(
  `<script>globalThis.__feedPwned = true; ${MARK}</script>`,
  `<img src=x onerror="globalThis.__feedPwned = true">`,
  `<style>body{} /* ${MARK} */</style>`,
  `<noscript>Enable scripts</noscript>`,
  `<template><p>${MARK}</p></template>`,
  `<svg onload="globalThis.__feedPwned = true"><script>${MARK}</script></svg>`,
  `<iframe src="javascript:globalThis.__feedPwned = true">${MARK}</iframe>`,
  `<a href="javascript:globalThis.__feedPwned = true" title="${MARK}">a link</a>`,
  `<object data="data:text/html,${MARK}"></object>`,
  `<math><mi xlink:href="javascript:1">${MARK}</mi></math>`,
  `<p onclick="${MARK}">Kn&eacute;e <b>pain</b><br>again</p>`,
);
const plainWords = fc.stringMatching(/^[A-Za-z0-9 ,.'!?-]{0,40}$/);
/** Any text at all, as it could appear inside an element: escaped, so the XML stays well-formed. */
const anyText = fc.oneof(
  plainWords,
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
);
/** HTML as feeds carry it: escaped or in CDATA, with hostile parts mixed in. */
export const htmlPayload = fc
  .tuple(fc.array(fc.oneof(plainWords, hostileHtml), { maxLength: 4 }), fc.boolean())
  .map(([parts, inCdata]) => (inCdata ? cdata(parts.join(" ")) : xmlEscape(parts.join(" "))));
const elementText = fc.oneof(
  { weight: 4, arbitrary: htmlPayload },
  { weight: 3, arbitrary: anyText.map(xmlEscape) },
  { weight: 1, arbitrary: fc.constantFrom("&#0;", "&#xD800;", "&undefined;", "&amp", "]]>", "&lt;![CDATA[") },
);
export const link = fc
  .oneof(
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc.constantFrom(
      "javascript:globalThis.__feedPwned=true",
      " JaVaScRiPt:alert(1)",
      "java\tscript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox",
      "file:///etc/passwd",
      "blob:https://x.example/1",
      "//evil.example/path",
      "/relative/post",
      "../up",
      "?q=1",
      "#frag",
      "http://",
      "https://exa mple.com/",
      "",
      "   ",
      "https://x.example/" + "a".repeat(5000),
    ),
    anyText,
  )
  .map(xmlEscape);
const date = fc.oneof(
  fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  anyText.map(xmlEscape),
);
/** An element present half of the time: missing fields are as common as odd ones. */
const optional = (name: string, value: fc.Arbitrary<string>, attrs: fc.Arbitrary<string> = fc.constant("")) =>
  fc.option(
    fc.tuple(value, attrs).map(([v, a]) => `<${name}${a}>${v}</${name}>`),
    { nil: "", freq: 2 },
  );
/** Atom text constructs: text is kept as written (so no hidden MARK there), html is read as HTML. */
const atomTextType = fc.constantFrom("", ' type="text"', ' type="TEXT"', ' type="text/plain"');
const atomHtmlType = fc.constantFrom(' type="html"', ' type="text/html"', ' type=" HTML "');
const atomOtherType = fc.constantFrom(' type="image/png"', ' type="application/octet-stream"');
/** Atom xhtml content: real elements, scripts and handlers included, in the XHTML namespace. */
const xhtmlDiv = fc
  .array(
    fc.oneof(
      plainWords.map(xmlEscape),
      hostileHtml.filter(
        (h) => !h.includes("<br>") && !h.includes("&eacute;") && !h.includes("<img") && !h.includes("<math"),
      ),
    ),
    { maxLength: 3 },
  )
  .map((parts) => `<div xmlns="http://www.w3.org/1999/xhtml">${parts.join(" ")}</div>`);

const rssItem = fc
  .tuple(
    optional("title", elementText),
    optional("link", link),
    optional("guid", link, fc.constantFrom("", ' isPermaLink="false"', ' isPermaLink="true"')),
    optional("description", elementText),
    optional("content:encoded", elementText),
    optional("pubDate", date),
    optional("dc:date", date),
  )
  .chain((parts) => fc.shuffledSubarray(parts, { minLength: parts.length, maxLength: parts.length }))
  .map((parts) => `<item>${parts.join("")}</item>`);
export const rssDoc = fc
  .tuple(
    fc.constantFrom("", '<?xml version="1.0" encoding="UTF-8"?>\n', "\uFEFF"),
    optional("title", elementText),
    fc.array(rssItem, { maxLength: 4 }),
    fc.boolean(),
  )
  .map(
    ([prolog, title, items, rdf]) =>
      `${prolog}${
        rdf
          ? `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>${title}</channel>${items.join("")}</rdf:RDF>`
          : `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>${title}${items.join("")}</channel></rss>`
      }`,
  );
const atomTextEl = (name: string) =>
  fc.oneof(
    optional(name, anyText.map(xmlEscape), atomTextType),
    optional(name, elementText, atomHtmlType),
    optional(name, elementText, atomOtherType),
    xhtmlDiv.map((div) => `<${name} type="xhtml">${div}</${name}>`),
    fc.constant(`<${name} src="https://x.example/c" type="text/html">ignored ${MARK}</${name}>`),
  );
const atomLink = fc
  .tuple(
    link,
    fc.constantFrom("", ' rel="alternate"', ' rel="self"', ' rel="enclosure"', ' rel=" Alternate "'),
    fc.constantFrom("", ' type="text/html"', ' type="application/pdf"'),
  )
  .map(([href, rel, type]) => `<link href="${href}"${rel}${type}/>`);
const atomEntry = fc
  .tuple(
    atomTextEl("title"),
    fc.array(atomLink, { maxLength: 3 }).map((ls) => ls.join("")),
    optional("id", link),
    atomTextEl("summary"),
    atomTextEl("content"),
    optional("updated", date),
    optional("published", date),
  )
  .map((parts) => `<entry>${parts.join("")}</entry>`);
export const atomDoc = fc
  .tuple(atomTextEl("title"), fc.array(atomEntry, { maxLength: 4 }))
  .map(([title, entries]) => `<feed xmlns="http://www.w3.org/2005/Atom">${title}${entries.join("")}</feed>`);

/** Broken on purpose: a character dropped or a stray one added. Then markup may show as text. */
const damaged = fc
  .tuple(fc.oneof(rssDoc, atomDoc), fc.nat(), fc.constantFrom("", "<", "&", "]]>", "</channel>", "\u0000"))
  .map(([doc, at, junk]) => {
    const cut = at % (doc.length + 1);
    return (doc.slice(0, cut) + junk + doc.slice(cut + (junk === "" ? 1 : 0))).replaceAll(MARK, "hidden");
  });
/** Huge fields, and more entries than are kept. */
const oversized = fc.oneof(
  fc
    .tuple(
      fc.constantFrom("backward running ", "&amp;", "&lt;b&gt;x&lt;/b&gt; ", "&#x1F3C3;", "a"),
      fc.integer({ min: 1, max: 1_500 }),
      fc.constantFrom("title", "description", "link"),
    )
    .map(
      ([unit, n, field]) =>
        `<rss><channel><title>Big</title><item><title>t</title><${field}>${unit.repeat(n)}</${field}></item></channel></rss>`,
    ),
  fc
    .integer({ min: MAX_ENTRIES - 2, max: MAX_ENTRIES + 50 })
    .map(
      (n) =>
        `<feed xmlns="http://www.w3.org/2005/Atom"><title>Many</title>${"<entry><title>e</title></entry>".repeat(n)}</feed>`,
    ),
);
const entityTricks = fc.constantFrom(
  // Billion laughs: must end quickly, as an error or as text, never expand without limit.
  `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "${MARK}${MARK}"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;">]><rss><channel><title>&e;</title></channel></rss>`,
  // External entity: never fetched, never read from disk.
  `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><title>&x;</title><item><title>t&x;</title></item></channel></rss>`,
  `<!DOCTYPE feed SYSTEM "https://evil.example/dtd"><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>`,
  `<?xml-stylesheet href="javascript:alert(1)"?><rss><channel><title>x</title></channel></rss>`,
  `<rss><channel><title>T</title><item><title>x</title><link>&#106;avascript:alert(1)</link></item></channel></rss>`,
);
const notFeeds = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.json(),
  fc.constantFrom(
    "",
    " \n\t",
    "\uFEFF",
    "<html><body><link rel=alternate type=application/rss+xml href='javascript:alert(1)'></body></html>",
    `<!doctype html><link rel="alternate" type="application/atom+xml" href="/feed.xml">`,
    "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>",
    "<rss version='2.0'/>",
    "<" + "x".repeat(10_000) + "/>",
  ),
);
export const feedText = fc.oneof(
  { weight: 3, arbitrary: rssDoc },
  { weight: 3, arbitrary: atomDoc },
  { weight: 2, arbitrary: damaged },
  { weight: 1, arbitrary: entityTricks },
  { weight: 1, arbitrary: oversized },
  { weight: 2, arbitrary: notFeeds },
);
