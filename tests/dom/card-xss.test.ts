import { h, render } from "preact";
import { describe, expect, it } from "vitest";
import type { CardData } from "../../src/messaging/protocol.ts";
import { Card } from "../../src/ui/card/Card.tsx";

const XSS = `<img src=x onerror="globalThis.__pwned=1"><script>globalThis.__pwned=1</script>"'><svg onload=alert(1)>`;

const hostile: CardData = {
  term: {
    id: "evil",
    label: XSS,
    aliases: [XSS],
    abbreviations: [],
    category: "training",
    summary: XSS,
    explanation: XSS,
    forRunners: XSS,
    related: ["x"],
    sources: [
      { title: XSS, url: "javascript:globalThis.__pwned=1" },
      { title: "ok", url: "https://example.org/?q=<script>" },
    ],
  },
  related: [{ id: "x", label: XSS }],
  articles: [
    { id: "a", title: XSS, url: "javascript:alert(1)", reason: XSS, isSearch: false },
    { id: "b", title: XSS, url: "data:text/html,<script>alert(1)</script>", reason: XSS, isSearch: true },
  ],
};

describe("the card with hostile data", () => {
  it("renders every field as text and links only to http(s)", () => {
    const container = document.createElement("div");
    document.body.append(container);
    const noop = () => {};
    render(
      h(Card, {
        view: { kind: "term", data: hostile, matched: XSS },
        canGoBack: true,
        siteName: XSS,
        onBack: noop,
        onClose: noop,
        onOpenTerm: noop,
        onDisableSite: noop,
      }),
      container,
    );
    expect(container.querySelectorAll("script, img, svg, iframe, object")).toHaveLength(0);
    expect(
      [...container.querySelectorAll("*")].some((el) =>
        [...el.attributes].some((a) => a.name.startsWith("on")),
      ),
    ).toBe(false);
    expect([...container.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual([
      "https://example.org/?q=%3Cscript%3E",
    ]);
    expect(container.textContent).toContain(XSS);
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
    render(null, container);
  });

  it("shows whose site a learned article address leads to, since any page can claim a title", () => {
    const container = document.createElement("div");
    document.body.append(container);
    const noop = () => {};
    const title = "The biomechanics of running backwards.";
    const data: CardData = {
      ...hostile,
      articles: [
        {
          id: "a",
          title,
          url: "https://www.claims-anything.example/post",
          reason: "discusses knee",
          isSearch: false,
        },
        {
          id: "b",
          title: "Other",
          url: "https://duckduckgo.com/?q=other",
          reason: "about hip",
          isSearch: true,
        },
      ],
    };
    render(
      h(Card, {
        view: { kind: "term", data },
        canGoBack: false,
        siteName: "example.com",
        onBack: noop,
        onClose: noop,
        onOpenTerm: noop,
        onDisableSite: noop,
      }),
      container,
    );
    const items = [...container.querySelectorAll("#bs-reading ~ ul li")].map((li) => li.textContent);
    expect(items).toEqual([
      `${title}discusses kneeon claims-anything.example`,
      "Find this article: Otherabout hip",
    ]);
    render(null, container);
  });
});
