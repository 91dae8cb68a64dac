import { h, render } from "preact";
import { act } from "preact/test-utils";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import de from "../../src/locales/de/messages.json";
import en from "../../src/locales/en/messages.json";
import { useFallbackMessages } from "../../src/platform/i18n.ts";
import { Popup, type PopupProps } from "../../src/ui/popup/Popup.tsx";
import { listedPage, popupProps } from "../support/fixtures.ts";

// The popup in German: every piece of UI text comes from the German messages. Glossary content
// (term labels, explanations) is English by design and is left out of the check.

/** Words that give English away; none of them is also a German word. */
const ENGLISH =
  /\b(the|and|your|you|is|are|of|to|for|this|with|from|can't|isn't|doesn't|found|terms?|page|site|Back|Sources)\b/i;

/** UI text that is still English: text nodes outside glossary content, and labelling attributes. */
function englishLeftovers(root: HTMLElement): string[] {
  const glossaryContent = ".term-label, .details > p, .related button, .sources a";
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest(glossaryContent)) texts.push(node.textContent ?? "");
  }
  for (const el of root.querySelectorAll("[aria-label], [placeholder], [title]"))
    for (const name of ["aria-label", "placeholder", "title"]) texts.push(el.getAttribute(name) ?? "");
  return texts.filter((text) => ENGLISH.test(text.replace(/heel strike/g, "")));
}

let root: HTMLElement;

beforeAll(() => useFallbackMessages(de));
afterAll(() => useFallbackMessages(en));

beforeEach(() => {
  root = document.createElement("div");
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

const props = (overrides: Partial<PopupProps> = {}) =>
  popupProps({
    page: listedPage([
      { termId: "cadence", count: 1 },
      { termId: "plantar-fasciitis", count: 3 },
      { termId: "no-such-term", count: 2 },
    ]),
    onOpenOptions: vi.fn(),
    ...overrides,
  });

const mount = (overrides: Partial<PopupProps> = {}) => act(() => render(h(Popup, props(overrides)), root));
const text = () => root.textContent ?? "";

async function type(query: string): Promise<void> {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  await act(() => {
    input.value = query;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

describe("the popup in German", () => {
  it("lists the page's terms with German counts, categories and controls", async () => {
    await mount();
    expect(text()).toContain("3 Begriffe, 6 Erwähnungen. Wählen Sie einen Begriff");
    const headings = [...root.querySelectorAll("h3")].map((e) => e.textContent);
    expect(headings).toEqual([
      "Laufstil · 1 Erwähnung",
      "Verletzungen · 3 Erwähnungen",
      "Weitere Begriffe · 2 Erwähnungen",
    ]);
    const plantar = [...root.querySelectorAll("button.term")].find((b) =>
      b.textContent?.startsWith("Plantar"),
    );
    expect(plantar?.textContent).toBe("Plantar fasciitis, 3 Mal");
    expect(text()).toContain("Auf example.com an");
    expect(root.querySelector(".switch .site")?.textContent).toBe("example.com");
    expect(root.querySelector("input[type=search]")?.getAttribute("placeholder")).toBe("z. B. heel strike");
    expect(englishLeftovers(root)).toEqual([]);
  });

  it("searches in German, keeping the English term labels", async () => {
    await mount();
    await type("knee");
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/^\d+ passende(r Begriff| Begriffe)$/);
    expect(root.querySelector('[aria-label="Passende Begriffe"]')).not.toBeNull();
    expect(englishLeftovers(root)).toEqual([]);
    await type("qqqqzzzz");
    expect(text()).toContain("Kein Glossarbegriff passt zu „qqqqzzzz“.");
    expect(englishLeftovers(root)).toEqual([]);
  });

  it("explains a term with German headings around the English explanation", async () => {
    await mount();
    await type("plantar fasciitis");
    await act(() => root.querySelector<HTMLButtonElement>("button.result")!.click());
    const headings = [...root.querySelectorAll(".details h3")].map((e) => e.textContent);
    expect(headings[0]).toBe("Warum es für Läufer wichtig ist");
    expect(headings).toContain("Quellen");
    expect(root.querySelector(".details .back")?.textContent).toBe("← Zurück");
    expect(englishLeftovers(root)).toEqual([]);
  });

  it.each([
    ["loading", { page: { kind: "loading" } }, "Laufbegriffe werden gesucht …"],
    ["restricted", { page: { kind: "restricted" }, site: null }, "Backstride kann diese Seite nicht lesen."],
    ["unreachable", { page: { kind: "unreachable" } }, "Seite neu laden"],
    [
      "switched off",
      { page: { kind: "listed", terms: [], active: false, site: "example.com" }, siteOn: false },
      "Backstride ist für diese Seite ausgeschaltet",
    ],
    ["empty", { page: listedPage([]) }, "keine Laufbegriffe"],
    ["off everywhere", { enabled: false }, "Backstride ist auf allen Websites aus"],
    [
      "no access",
      { access: { origin: "https://example.com", granted: false }, page: { kind: "unreachable" } },
      "Backstride auf example.com erlauben",
    ],
    [
      "a failed save",
      { error: "Backstride konnte diese Änderung nicht speichern." },
      "Einstellungen und eigene Begriffe",
    ],
  ] as [string, Partial<PopupProps>, string][])("says why in German: %s", async (_, overrides, expected) => {
    await mount(overrides);
    expect(text()).toContain(expected);
    expect(englishLeftovers(root)).toEqual([]);
  });
});
