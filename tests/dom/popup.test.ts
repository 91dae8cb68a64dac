import axe from "axe-core";
import { h, render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Term } from "../../src/core/glossary-schema.ts";
import type { PageTerm } from "../../src/messaging/protocol.ts";
import { Popup, type PopupProps } from "../../src/ui/popup/Popup.tsx";
import { groupTerms } from "../../src/ui/popup/group-terms.ts";
import { listPage } from "../../src/ui/popup/page-list.ts";
import { listedPage, popupProps, termsById as terms } from "../support/fixtures.ts";

// The popup's components from plain data, in jsdom: no extension API involved. Written with
// `h` rather than JSX so the file matches the dom project's *.test.ts glob.

const pageTerms: PageTerm[] = [
  { termId: "cadence", count: 2 },
  { termId: "plantar-fasciitis", count: 1 },
  { termId: "achilles-tendinopathy", count: 5 },
  { termId: "ground-contact-time", count: 3 },
  { termId: "no-such-term", count: 1 },
];

let root: HTMLElement;

beforeEach(() => {
  document.documentElement.lang = "en";
  document.title = "Backstride";
  root = document.createElement("div");
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

const props = (overrides: Partial<PopupProps> = {}) =>
  popupProps({ page: listedPage(pageTerms), ...overrides });

async function mount(overrides: Partial<PopupProps> = {}): Promise<PopupProps> {
  const p = props(overrides);
  await act(() => render(h(Popup, p), root));
  return p;
}

const text = () => root.textContent ?? "";
const buttons = () => [...root.querySelectorAll("button")];
const button = (name: string | RegExp) => {
  const found = buttons().find((b) =>
    typeof name === "string" ? b.textContent?.trim() === name : name.test(b.textContent ?? ""),
  );
  if (!found)
    throw new Error(
      `no button ${name}; have: ${buttons()
        .map((b) => b.textContent)
        .join(" | ")}`,
    );
  return found;
};
const click = (el: HTMLElement) => act(() => el.click());
const headings = (level: string) => [...root.querySelectorAll(level)].map((el) => el.textContent);

async function type(query: string, submit = false): Promise<void> {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  await act(() => {
    input.value = query;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
  if (submit) await act(() => void input.form!.requestSubmit());
}

describe("groupTerms", () => {
  const ids = (order: "page" | "frequency") =>
    groupTerms(pageTerms, terms, order).map((g) => [g.category, g.total, g.terms.map((t) => t.id)]);

  it("groups by category in page order, with counts", () => {
    expect(terms.get("cadence")?.category).toBe("gait");
    expect(terms.get("ground-contact-time")?.category).toBe("gait");
    expect(ids("page")).toEqual([
      ["gait", 5, ["cadence", "ground-contact-time"]],
      ["injury", 6, ["plantar-fasciitis", "achilles-tendinopathy"]],
      ["other", 1, ["no-such-term"]],
    ]);
  });

  it("sorts groups and terms by frequency, ties in page order", () => {
    expect(ids("frequency")).toEqual([
      ["injury", 6, ["achilles-tendinopathy", "plantar-fasciitis"]],
      ["gait", 5, ["ground-contact-time", "cadence"]],
      ["other", 1, ["no-such-term"]],
    ]);
  });

  it("labels unknown ids with the id, merges repeats and skips empty counts", () => {
    const groups = groupTerms(
      [
        { termId: "mystery", count: 2 },
        { termId: "mystery", count: 3 },
        { termId: "cadence", count: 0 },
      ],
      terms,
      "page",
    );
    expect(groups).toEqual([
      {
        category: "other",
        label: "Other terms",
        total: 5,
        terms: [{ id: "mystery", label: "mystery", count: 5, index: 0 }],
      },
    ]);
  });
});

describe("listPage", () => {
  it("turns a rejected or malformed answer into 'unreachable'", async () => {
    expect(await listPage(() => Promise.reject(new Error("no receiver")))).toEqual({ kind: "unreachable" });
    expect(await listPage(() => Promise.resolve(undefined))).toEqual({ kind: "unreachable" });
    expect(await listPage(() => Promise.resolve({ terms: "x", active: true }))).toEqual({
      kind: "unreachable",
    });
  });

  it("drops malformed entries", async () => {
    const answer = {
      terms: [{ termId: "cadence", count: 2 }, { termId: 3, count: 1 }, null],
      active: true,
      site: "example.com",
    };
    expect(await listPage(() => Promise.resolve(answer))).toEqual({
      kind: "listed",
      terms: [{ termId: "cadence", count: 2 }],
      active: true,
      site: "example.com",
    });
    expect(await listPage(() => Promise.resolve({ ...answer, site: 42 }))).toMatchObject({ site: null });
  });

  it("asks again until the page reflects a switch", async () => {
    const answers = [false, false, true].map((active) => ({ terms: [], active }));
    const listTerms = vi.fn(() => Promise.resolve(answers.shift()));
    expect(await listPage(listTerms, true, [0, 0, 0])).toMatchObject({ active: true });
    expect(listTerms).toHaveBeenCalledTimes(3);
    const once = vi.fn(() => Promise.resolve({ terms: [], active: false }));
    await listPage(once, undefined, [0, 0]);
    expect(once).toHaveBeenCalledTimes(1);
  });
});

describe("popup", () => {
  it("lists the page's terms by category with counts, and reorders by frequency", async () => {
    await mount();
    expect(headings("h3")).toEqual(["Gait · 5 mentions", "Injuries · 6 mentions", "Other terms · 1 mention"]);
    const achilles = button(/^Achilles tendinopathy/);
    expect(achilles.textContent).toBe("Achilles tendinopathy, 5 times");
    expect(button(/^no-such-term/)).toBeTruthy();
    expect(text()).toContain("5 terms, 12 mentions");
    const frequent = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find(
      (r) => r.value === "frequency",
    )!;
    await click(frequent);
    expect(headings("h3")[0]).toBe("Injuries · 6 mentions");
    const lists = [...root.querySelectorAll("ul.terms")];
    expect(lists).toHaveLength(3);
    expect([...lists[0]!.querySelectorAll(".term-label")].map((l) => l.textContent)).toEqual([
      "Achilles tendinopathy",
      "Plantar fasciitis",
    ]);
  });

  it("reveals a term on the page when it is chosen", async () => {
    const p = await mount();
    await click(button(/^Cadence/));
    expect(p.onReveal).toHaveBeenCalledWith("cadence");
  });

  it("says plainly when the page cannot be read, and the search still works", async () => {
    await mount({ page: { kind: "restricted" }, site: null });
    expect(text()).toContain("Backstride can't read this page.");
    expect(root.querySelector("ul.terms")).toBeNull();
    expect(root.querySelector<HTMLInputElement>('input[role="switch"]')!.disabled).toBe(true);
    await type("cadence", true);
    expect(headings("h2")).toContain("Cadence");
  });

  it("offers a reload when a web page's content script did not answer", async () => {
    const p = await mount({ page: { kind: "unreachable" } });
    expect(text()).toContain("Backstride can't read this page.");
    await click(button("Reload page"));
    expect(p.onReload).toHaveBeenCalled();
  });

  it("says so when the page has no terms, or when Backstride is off there", async () => {
    await mount({ page: listedPage([]) });
    expect(text()).toContain("No running terms found on this page");
    await mount({ page: { kind: "listed", terms: [], active: false, site: "example.com" }, siteOn: false });
    expect(text()).not.toContain("No running terms found");
    expect(text()).toContain("switched off for this page");
  });

  it("explains a term found with a typo, with sources and related terms", async () => {
    await mount();
    await type("plantar fascitis");
    expect(button(/^Plantar fasciitis/)).toBeTruthy();
    await type("plantar fascitis", true);
    const term = terms.get("plantar-fasciitis")!;
    const details = root.querySelector("article")!;
    expect(details.querySelector("h2")?.textContent).toBe("Plantar fasciitis");
    expect(document.activeElement).toBe(details.querySelector("h2"));
    expect(details.textContent).toContain(term.summary);
    expect(details.textContent).toContain(term.explanation);
    expect(details.textContent).toContain("Why it matters for runners");
    expect(details.textContent).toContain(term.forRunners);
    const links = [...details.querySelectorAll("a")];
    expect(links.map((a) => a.href)).toEqual(term.sources.map((s) => s.url));
    for (const a of links) {
      expect(a.target).toBe("_blank");
      expect(a.rel).toContain("noopener");
    }
    expect(root.querySelector("ul.terms")).toBeNull(); // the details replace the page list
    await click(button("Plantar fascia"));
    expect(root.querySelector("article h2")?.textContent).toBe("Plantar fascia");
    await click(button(/Back$/));
    expect(root.querySelector("article h2")?.textContent).toBe("Plantar fasciitis");
    await click(button(/Back$/));
    expect(root.querySelector("article")).toBeNull();
    expect(root.querySelector("ul.terms")).not.toBeNull();
  });

  it("links only http(s) sources and shows only known related terms", async () => {
    const odd: Term = {
      ...terms.get("cadence")!,
      id: "odd",
      label: "Odd term",
      related: ["cadence", "gone"],
      sources: [
        { title: "Script", url: "javascript:alert(1)" },
        { title: "Fine", url: "https://example.org/" },
      ],
    };
    await mount({ terms: new Map([...terms, ["odd", odd]]), search: () => [odd] });
    await type("odd", true);
    expect([...root.querySelectorAll("article a")].map((a) => a.textContent)).toEqual(["Fine"]);
    expect([...root.querySelectorAll(".related button")].map((b) => b.textContent)).toEqual(["Cadence"]);
  });

  it("says when nothing matches", async () => {
    await mount();
    await type("zzzzqqqq");
    expect(text()).toContain("No glossary term matches “zzzzqqqq”.");
  });

  it("passes switch changes on", async () => {
    const p = await mount();
    const [siteSwitch, everywhere] = [...root.querySelectorAll<HTMLInputElement>('input[role="switch"]')];
    expect(siteSwitch!.closest("label")?.textContent).toBe("On for example.com");
    await click(siteSwitch!);
    expect(p.onSetSiteActive).toHaveBeenCalledWith(false);
    await click(everywhere!);
    expect(p.onSetEnabled).toHaveBeenCalledWith(false);
  });

  it("asks for host access when the browser has not granted it", async () => {
    const p = await mount({
      page: { kind: "unreachable" },
      access: { origin: "https://example.com", granted: false },
    });
    expect(text()).toContain("doesn't have your permission to read example.com");
    expect(text()).not.toContain("Reload page");
    await click(button("Allow Backstride on example.com"));
    expect(p.onGrantAccess).toHaveBeenCalledTimes(1);
  });
});

describe("popup accessibility (axe-core)", () => {
  // jsdom has no layout, so contrast is checked in real browsers only.
  const check = async () => {
    const result = await axe.run(document, { rules: { "color-contrast": { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(", ")}`)).toEqual([]);
  };

  it("has no violations with a term list", async () => {
    await mount({ onOpenOptions: vi.fn(), error: "Backstride couldn't save that change." });
    await check();
  });

  it("has no violations with search results and a term's details", async () => {
    await mount();
    await type("knee");
    await check();
    await type("knee", true);
    await check();
  });

  it("has no violations on pages it cannot read or may not read", async () => {
    await mount({ page: { kind: "restricted" }, site: null });
    await check();
    await mount({ page: { kind: "unreachable" }, access: { origin: "https://example.com", granted: false } });
    await check();
    await mount({ page: { kind: "loading" } });
    await check();
  });
});
