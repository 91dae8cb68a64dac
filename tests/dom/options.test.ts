import axe from "axe-core";
import { h, options, render } from "preact";
import { type Mock, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Article } from "../../src/core/article-schema.ts";
import type { Term } from "../../src/core/glossary-schema.ts";
import { parseSettingsFile, toSettingsFile } from "../../src/core/settings-file.ts";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings.ts";
import { Options, type OptionsProps } from "../../src/ui/options/Options.tsx";
import { downloadFile } from "../../src/ui/options/download.ts";
import { builtInTerms, optionsProps, settingsWith, validTerm } from "../support/fixtures.ts";
import { formControls, settle } from "../support/form-controls.ts";

const customTerm = validTerm();

// jsdom never paints: run effects (focus moves) on the next task instead of after a 35 ms timeout.
options.requestAnimationFrame = (callback) => setTimeout(callback);

let container: HTMLElement;
let saveSettings: Mock<(s: Settings) => Promise<void>>;
let saveTerms: Mock<(t: Term[]) => Promise<void>>;
let download: Mock<(name: string, text: string) => void>;
let saveArticles: Mock<(a: Article[]) => Promise<void>>;

function mount(over: Partial<OptionsProps> = {}) {
  const props = optionsProps({
    settings: settingsWith({ disabledSites: ["news.example.com"] }),
    reservedArticleIds: ["biomechanics-of-running-backwards"],
    onSaveSettings: saveSettings,
    onSaveCustomTerms: saveTerms,
    onSaveArticles: saveArticles,
    download,
    ...over,
  });
  render(h(Options, props), container);
}

beforeEach(() => {
  document.documentElement.lang = "en";
  document.title = "Backstride options";
  container = document.createElement("div");
  document.body.append(container);
  saveSettings = vi.fn(async () => {});
  saveTerms = vi.fn(async () => {});
  download = vi.fn();
  saveArticles = vi.fn(async () => {});
});

afterEach(() => {
  render(null, container);
  container.remove();
});

// --- small helpers: find controls the way a user does, by their label ---

const $ = <T extends Element = HTMLElement>(selector: string) => {
  const el = container.querySelector<T & Element>(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el as T;
};
const { labelled, button, type, click, errorFor } = formControls(() => container);
const statusText = () =>
  [...container.querySelectorAll('[role="status"], [role="alert"]')].map((e) => e.textContent).join(" | ");

async function fillTerm(t: Term, sourceUrl = t.sources[0]!.url) {
  await type(labelled("Id"), t.id);
  await type(labelled("Label"), t.label);
  await type(labelled<HTMLTextAreaElement>("Aliases"), t.aliases.join("\n"));
  await type(labelled<HTMLTextAreaElement>("Abbreviations"), t.abbreviations.join(", "));
  await type(labelled<HTMLSelectElement>("Category"), t.category);
  await type(labelled<HTMLTextAreaElement>("Summary"), t.summary);
  await type(labelled<HTMLTextAreaElement>("Explanation"), t.explanation);
  await type(labelled<HTMLTextAreaElement>("For runners"), t.forRunners);
  await type(labelled("Related terms"), t.related.join(", "));
  await type(labelled("Source 1 title"), t.sources[0]!.title);
  await type(labelled("Source 1 address"), sourceUrl);
}

async function chooseFile(text: string, name = "backstride-settings.json") {
  const input = labelled(/^Import from a file/);
  Object.defineProperty(input, "files", {
    configurable: true,
    value: [new File([text], name, { type: "application/json" })],
  });
  input.dispatchEvent(new Event("change", { bubbles: true }));
  await vi.waitFor(() => expect(statusText()).toMatch(/imported/i));
}

describe("highlight style and density", () => {
  it("saves the chosen style, then the density on top of it", async () => {
    mount();
    expect(labelled("Subtle").checked).toBe(true);
    expect(container.querySelectorAll(".sample .hl-marker")).toHaveLength(1);
    await click(labelled("Marker"));
    expect(saveSettings).toHaveBeenLastCalledWith({
      ...DEFAULT_SETTINGS,
      disabledSites: ["news.example.com"],
      highlightStyle: "marker",
    });
    await click(labelled("First occurrence only"));
    expect(saveSettings).toHaveBeenLastCalledWith(
      expect.objectContaining({ highlightStyle: "marker", density: "first" }),
    );
    expect(labelled("Marker").checked).toBe(true);
    expect(statusText()).toMatch(/first occurrence only/i);
  });

  it("goes back to the stored value and says so when saving fails", async () => {
    saveSettings.mockRejectedValueOnce(new Error("quota exceeded"));
    mount();
    await click(labelled("Underline"));
    await vi.waitFor(() => expect(statusText()).toMatch(/Not saved: quota exceeded/));
    expect(labelled("Subtle").checked).toBe(true);
  });

  it("shows settings changed elsewhere", async () => {
    mount();
    mount({ settings: { ...DEFAULT_SETTINGS, highlightStyle: "underline", disabledSites: ["a.example"] } });
    await settle();
    expect(labelled("Underline").checked).toBe(true);
    expect(container.textContent).toContain("a.example");
  });
});

describe("sites where Backstride is off", () => {
  it.each([
    ["", /Enter a host name/],
    ["not a host!", /is not a host name/],
    ["exa_mple.com", /is not a host name/],
    ["ftp://files.example.com/x", /Only http and https/],
    ["news.example.com", /already in the list/],
  ])("refuses %j with an error next to the field and saves nothing", async (input, message) => {
    mount();
    const field = labelled("Host name or page address");
    await type(field, input);
    await click(button("Add site"));
    expect(errorFor(field)).toMatch(message);
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(saveSettings).not.toHaveBeenCalled();
  });

  it.each([
    ["Blog.Example.org", "blog.example.org"],
    ["https://www.runnersworld.com/training/a123/backwards-running/?utm=x#top", "www.runnersworld.com"],
    ["example.com/some/page", "example.com"],
    ["localhost:8080", "localhost:8080"],
  ])("adds %j as %j", async (input, host) => {
    mount();
    const field = labelled("Host name or page address");
    await type(field, input);
    await click(button("Add site"));
    expect(saveSettings).toHaveBeenCalledWith(
      expect.objectContaining({ disabledSites: [host, "news.example.com"].sort() }),
    );
    expect(field.value).toBe("");
    expect(field.hasAttribute("aria-invalid")).toBe(false);
    expect(container.querySelector('[aria-label="Sites where Backstride is off"]')?.textContent).toContain(
      host,
    );
  });

  it("removes a site", async () => {
    mount();
    await click(button(/^Remove news\.example\.com/));
    expect(saveSettings).toHaveBeenCalledWith(expect.objectContaining({ disabledSites: [] }));
    expect(container.textContent).toContain("Backstride is on for every site.");
  });
});

describe("custom terms", () => {
  it("shows field-level errors for a bad URL and a glossary phrase, and saves nothing", async () => {
    mount();
    await click(button("Add a term"));
    expect(document.activeElement).toBe(labelled("Id"));
    await fillTerm({ ...customTerm, aliases: ["pelvic drop drill", "knee"] }, "not a url");
    await click(button("Save term"));

    const aliases = labelled<HTMLTextAreaElement>("Aliases");
    expect(errorFor(aliases)).toMatch(/"knee" already belongs to the term "knee"/);
    expect(aliases.getAttribute("aria-invalid")).toBe("true");
    const url = labelled("Source 1 address");
    expect(errorFor(url)).toMatch(/full web address/);
    expect(url.getAttribute("aria-invalid")).toBe("true");
    expect(labelled("Id").hasAttribute("aria-invalid")).toBe(false);
    expect($('[role="alert"]').textContent).toMatch(/Not saved: 3 problems/);
    await vi.waitFor(() => expect(document.activeElement).toBe(aliases));
    expect(saveTerms).not.toHaveBeenCalled();
  });

  it("maps every kind of error to its field", async () => {
    mount({ customTerms: [customTerm] });
    await click(button("Add a term"));
    await type(labelled("Id"), "hip-drop-drill");
    await type(labelled("Label"), "ITBS");
    await type(labelled<HTMLTextAreaElement>("Summary"), "short");
    await type(labelled<HTMLTextAreaElement>("Explanation"), "Only one sentence, which is too short.");
    await type(labelled("Related terms"), "knee, no-such-term");
    await click(button("Add a source"));
    await type(labelled("Source 2 address"), "ftp://example.org/x");
    await click(button("Save term"));

    expect(errorFor(labelled("Id"))).toMatch(/"hip-drop-drill" is used twice/);
    expect(errorFor(labelled("Label"))).toMatch(
      /"ITBS" already belongs to the term "iliotibial-band-syndrome"/,
    );
    expect(errorFor(labelled<HTMLSelectElement>("Category"))).toMatch(/Choose a category/);
    expect(errorFor(labelled("Summary"))).toMatch(/at least 10 characters \(now 5\)/);
    expect(errorFor(labelled("Explanation"))).toMatch(/2 to 5 sentences/);
    expect(errorFor(labelled("For runners"))).toBe("Required.");
    expect(errorFor(labelled("Related terms"))).toMatch(/no term has the id "no-such-term"/i);
    expect(errorFor(labelled("Source 1 title"))).toMatch(/Required/);
    expect(errorFor(labelled("Source 2 address"))).toMatch(/http\(s\)/);
    expect(saveTerms).not.toHaveBeenCalled();

    // Fixing a field clears its error; the others stay until the next save.
    await type(labelled("Id"), "another-drill");
    expect(labelled("Id").hasAttribute("aria-invalid")).toBe(false);
    expect(labelled("Label").getAttribute("aria-invalid")).toBe("true");
  });

  it("saves a valid term and lists it", async () => {
    mount();
    await click(button("Add a term"));
    await fillTerm(customTerm);
    await click(button("Save term"));
    expect(saveTerms).toHaveBeenCalledWith([customTerm]);
    expect(container.querySelector("form.term-form")).toBeNull();
    expect(container.textContent).toContain("hip-drop-drill");
    expect(statusText()).toMatch(/Saved the custom term "hip drop drill"/);
    await vi.waitFor(() => expect(document.activeElement).toBe(button("Add a term")));
  });

  it("edits a term in place", async () => {
    const other = { ...customTerm, id: "other-drill", label: "other drill", aliases: [], abbreviations: [] };
    mount({ customTerms: [customTerm, other] });
    await click(button(/^Edit "hip drop drill"/));
    expect(labelled("Id").value).toBe("hip-drop-drill");
    expect(labelled<HTMLTextAreaElement>("Aliases").value).toBe("pelvic drop drill");
    await type(labelled<HTMLTextAreaElement>("Aliases"), "pelvic drop drill, Trendelenburg drill");
    await click(button("Save term"));
    expect(saveTerms).toHaveBeenCalledWith([
      { ...customTerm, aliases: ["pelvic drop drill", "Trendelenburg drill"] },
      other,
    ]);
  });

  it("deletes a term after confirmation, but not one another term relates to", async () => {
    const other = {
      ...customTerm,
      id: "other-drill",
      label: "other drill",
      aliases: [],
      abbreviations: [],
      related: ["hip-drop-drill"],
    };
    mount({ customTerms: [customTerm, other] });
    await click(button(/^Delete "hip drop drill"/));
    await click(button('Yes, delete "hip drop drill"'));
    expect(saveTerms).not.toHaveBeenCalled();
    expect(statusText()).toMatch(/was not deleted.*"other drill".*no term has the id "hip-drop-drill"/);

    await click(button(/^Delete "other drill"/));
    await click(button('Yes, delete "other drill"'));
    expect(saveTerms).toHaveBeenCalledWith([customTerm]);
  });

  it("says when the stored terms could not be read", () => {
    mount({ customTermsProblem: ["0.id: must be kebab-case"] });
    expect($('.notice[role="alert"]').textContent).toContain("0.id: must be kebab-case");
  });
});

describe("stored settings", () => {
  it("says when they could not be read, instead of losing them silently", () => {
    const problem =
      "Your saved settings could not be read (density: Invalid type); defaults are in use until you save.";
    mount({ settingsProblem: problem });
    expect($('.notice[role="alert"]').textContent).toBe(problem);
  });

  it("shows no warning when they were read", () => {
    mount({ settingsProblem: null });
    expect(container.querySelector(".notice")).toBeNull();
  });
});

describe("export and import", () => {
  const settings: Settings = { ...DEFAULT_SETTINGS, density: "first", disabledSites: ["news.example.com"] };

  it("exports a file that imports again unchanged", async () => {
    mount({ settings, customTerms: [customTerm] });
    await click(button("Export to a file"));
    expect(download).toHaveBeenCalledOnce();
    const [name, text] = download.mock.calls[0]!;
    expect(name).toBe("backstride-settings.json");
    const back = parseSettingsFile(text, builtInTerms);
    expect(back).toEqual({ ok: true, value: toSettingsFile(settings, [customTerm]) });
  });

  it("downloadFile saves the text through an object URL and a download link", async () => {
    let blob: Blob | undefined;
    const create = vi.fn((b: Blob) => ((blob = b), "blob:backstride/1"));
    const revoke = vi.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    const clicked: HTMLAnchorElement[] = [];
    const spy = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    const text = JSON.stringify(toSettingsFile(settings, [customTerm]));
    downloadFile("backstride-settings.json", text);
    spy.mockRestore();
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe("backstride-settings.json");
    expect(clicked[0]!.href).toBe("blob:backstride/1");
    expect(clicked[0]!.isConnected).toBe(false);
    expect(blob!.type).toBe("application/json");
    expect(parseSettingsFile(await blob!.text(), builtInTerms).ok).toBe(true);
  });

  it.each([
    ["bad JSON", "{ not json", [/not valid JSON/]],
    [
      "a missing field",
      JSON.stringify({ ...toSettingsFile(settings, []), settings: { version: 1 } }),
      [/settings\.density: missing/],
    ],
    ["another kind of file", JSON.stringify({ format: 1, kind: "something-else" }), [/kind\/format/]],
    [
      "a bad field",
      JSON.stringify({
        ...toSettingsFile(settings, [{ ...customTerm, sources: [{ title: "x", url: "nope" }] }]),
        settings: { ...settings, highlightStyle: "neon" },
      }),
      [/settings\.highlightStyle/, /customTerms\.0\.sources\.0\.url/],
    ],
    [
      "a glossary collision",
      JSON.stringify(toSettingsFile(settings, [{ ...customTerm, id: "knee" }])),
      [/customTerms\.0\.id: "knee" is already a glossary term/],
    ],
  ])("an invalid file (%s) changes nothing and lists what is wrong", async (_what, text, messages) => {
    mount({ settings, customTerms: [customTerm] });
    await chooseFile(text);
    const status = statusText();
    expect(status).toMatch(/Nothing was imported: backstride-settings\.json has \d+ problems?/);
    for (const m of messages) expect(status).toMatch(m);
    expect(container.querySelectorAll(".status-error li").length).toBeGreaterThanOrEqual(messages.length);
    expect(saveSettings).not.toHaveBeenCalled();
    expect(saveTerms).not.toHaveBeenCalled();
    expect(labelled("First occurrence only").checked).toBe(true);
  });

  it("a valid file replaces settings and custom terms and says so", async () => {
    mount({ settings, customTerms: [] });
    const imported: Settings = {
      ...DEFAULT_SETTINGS,
      highlightStyle: "marker",
      disabledSites: ["x.example"],
    };
    await chooseFile(JSON.stringify(toSettingsFile(imported, [customTerm])), "mine.json");
    expect(saveTerms).toHaveBeenCalledWith([customTerm]);
    expect(saveSettings).toHaveBeenCalledWith(imported);
    expect(statusText()).toMatch(
      /Imported mine\.json: your settings, custom terms and reading list were replaced \(1 custom term, 0 articles\)/,
    );
    expect(saveArticles).toHaveBeenCalledWith([]);
    expect(labelled("Marker").checked).toBe(true);
    expect(container.textContent).toContain("x.example");
    expect(container.textContent).toContain("hip-drop-drill");
    expect(labelled(/^Import from a file/).value).toBe("");
  });

  it("a write failing half-way puts back what was stored and shows the page as before", async () => {
    const restore = vi.fn(async () => {});
    const keepStored = vi.fn(async () => restore);
    saveArticles.mockRejectedValueOnce(new Error("QUOTA_BYTES quota exceeded"));
    mount({ settings, customTerms: [], keepStored });
    const imported: Settings = { ...DEFAULT_SETTINGS, highlightStyle: "marker" };
    await chooseFile(JSON.stringify(toSettingsFile(imported, [customTerm])), "mine.json");
    expect(statusText()).toMatch(/Nothing was imported.*QUOTA_BYTES quota exceeded/);
    expect(keepStored).toHaveBeenCalledOnce();
    expect(keepStored.mock.invocationCallOrder[0]).toBeLessThan(saveTerms.mock.invocationCallOrder[0]!);
    expect(restore).toHaveBeenCalledOnce();
    expect(labelled("First occurrence only").checked).toBe(true);
    expect(labelled("Marker").checked).toBe(false);
    expect(container.textContent).not.toContain("hip-drop-drill");
  });
});

describe("accessibility", () => {
  const check = async () => {
    const results = await axe.run(document.documentElement, {
      rules: { "color-contrast": { enabled: false } },
    });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
  };

  it("has no axe violations: the page, a term form with errors, an import with errors", async () => {
    mount({ customTerms: [customTerm] });
    await check();

    await type(labelled("Host name or page address"), "not a host!");
    await click(button("Add site"));
    await click(button("Add a term"));
    await type(labelled("Label"), "knee");
    await click(button("Add a source"));
    await click(button("Save term"));
    expect(container.querySelectorAll('[aria-invalid="true"]').length).toBeGreaterThan(3);
    await check();

    await chooseFile("[]");
    await check();
  });

  it("labels every control and ties errors to controls", () => {
    mount();
    for (const control of container.querySelectorAll("input, select, textarea")) {
      expect(container.querySelector(`label[for="${control.id}"]`), control.id).not.toBeNull();
    }
    expect(container.querySelectorAll("fieldset > legend")).toHaveLength(2);
  });
});
