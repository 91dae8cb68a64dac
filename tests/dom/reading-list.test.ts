import axe from "axe-core";
import { h, options, render } from "preact";
import { type Mock, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import libraryData from "../../src/data/articles.json";
import atom from "../fixtures/feeds/running-backwards.atom?raw";
import jsLinks from "../fixtures/feeds/javascript-link.rss?raw";
import malformed from "../fixtures/feeds/malformed.xml?raw";
import htmlPage from "../fixtures/feeds/not-a-feed.html?raw";
import rss from "../fixtures/feeds/running-backwards.rss?raw";
import { type Article, parseArticles } from "../../src/core/article-schema.ts";
import { parseSettingsFile, toSettingsFile } from "../../src/core/settings-file.ts";
import { DEFAULT_SETTINGS } from "../../src/core/settings.ts";
import type { FeedFetcher } from "../../src/ui/options/FeedImport.tsx";
import { Options, type OptionsProps } from "../../src/ui/options/Options.tsx";
import { FeedFetchError, type FetchedFeed } from "../../src/ui/options/fetch-feed.ts";
import { builtInTerms, optionsProps } from "../support/fixtures.ts";
import { formControls } from "../support/form-controls.ts";

const reservedArticleIds = libraryData.articles.map((a) => a.id);
const FEED = "https://stride-notes.example/tag/running-backwards/feed/";

const note: Article = {
  id: "my-backwards-notes",
  title: "My backwards notes",
  summary: "Notes on backward running and the knee.",
  url: "https://notes.example/backwards",
  topics: ["backward-running", "knee"],
  tags: [],
};
const other: Article = {
  id: "hill-walking",
  title: "Walking uphill backwards",
  summary: "",
  topics: [],
  tags: ["hills"],
};

// jsdom never paints: run effects (focus moves) on the next task instead of after a 35 ms timeout.
options.requestAnimationFrame = (callback) => setTimeout(callback);

let container: HTMLElement;
let saveArticles: Mock<(a: Article[]) => Promise<void>>;
let saveTerms: Mock<OptionsProps["onSaveCustomTerms"]>;
let saveSettings: Mock<OptionsProps["onSaveSettings"]>;
let requestFeedAccess: Mock<(url: string) => Promise<boolean>>;
let fetchFeed: Mock<FeedFetcher>;
let download: Mock<(name: string, text: string) => void>;

const served = (text: string, url = FEED): FetchedFeed => ({ text, url, contentType: "application/xml" });

function mount(over: Partial<OptionsProps> = {}) {
  const props = optionsProps({
    reservedArticleIds,
    onSaveSettings: saveSettings,
    onSaveCustomTerms: saveTerms,
    onSaveArticles: saveArticles,
    requestFeedAccess,
    fetchFeed,
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
  saveArticles = vi.fn(async () => {});
  saveTerms = vi.fn(async () => {});
  saveSettings = vi.fn(async () => {});
  requestFeedAccess = vi.fn(async () => true);
  fetchFeed = vi.fn(async () => served(rss));
  download = vi.fn();
});

afterEach(() => {
  render(null, container);
  container.remove();
  delete (globalThis as { __feedPwned?: boolean }).__feedPwned;
});

// --- small helpers: find controls the way a user does, by their label ---

const { labelled, button, type, click, errorFor } = formControls(() => container);
const section = (heading: string) => {
  const h2 = [...container.querySelectorAll("h2")].find((e) => e.textContent === heading);
  if (!h2) throw new Error(`no section ${heading}`);
  return h2.closest("section")!;
};
const statusIn = (heading: string) =>
  [...section(heading).querySelectorAll('[role="status"], [role="alert"]')]
    .map((e) => e.textContent)
    .join(" | ");
const listed = () =>
  [...container.querySelectorAll('[aria-label="Your articles"] > li')].map((li) => li.textContent ?? "");

async function importFeed(url: string) {
  await type(labelled("Feed address"), url);
  await click(button("Import feed"));
  await vi.waitFor(() => expect(section("Import articles from a blog's feed").textContent).not.toMatch(/…/));
}

describe("adding, editing and removing articles", () => {
  it("shows field-level errors and saves nothing while the article is invalid", async () => {
    mount({ articles: [note] });
    await click(button("Add an article"));
    expect(document.activeElement).toBe(labelled("Title"));
    await type(labelled("Address"), "ftp://files.example/x");
    await type(labelled("Terms this article is about"), "knee, kne, no such thing");
    await type(labelled<HTMLTextAreaElement>("Summary"), "x".repeat(601));
    await click(button("Save article"));

    expect(errorFor(labelled("Title"))).toBe("Required.");
    expect(errorFor(labelled("Address"))).toMatch(/must start with http:\/\/ or https:\/\//i);
    const terms = labelled("Terms this article is about");
    expect(errorFor(terms)).toMatch(/"kne" is not a glossary term\. Did you mean "Knee"/);
    expect(errorFor(terms)).toMatch(/"no such thing" is not a glossary term/);
    expect(errorFor(labelled("Summary"))).toMatch(/at most 600 characters \(now 601\)/);
    expect(terms.getAttribute("aria-invalid")).toBe("true");
    expect(labelled("Published by").hasAttribute("aria-invalid")).toBe(false);
    expect(section("Your reading list").querySelector('[role="alert"]')!.textContent).toMatch(
      /Not saved: 5 problems to fix/,
    );
    await vi.waitFor(() => expect(document.activeElement).toBe(labelled("Title")));

    await type(labelled("Address"), "https://notes.example/backwards/");
    await type(labelled("Title"), "Same page again");
    await type(labelled("Terms this article is about"), "knee");
    await type(labelled<HTMLTextAreaElement>("Summary"), "");
    await click(button("Save article"));
    expect(errorFor(labelled("Address"))).toMatch(/already in your reading list, as "My backwards notes"/);
    expect(saveArticles).not.toHaveBeenCalled();
  });

  it("adds an article, finding its terms automatically", async () => {
    mount({ articles: [note] });
    await click(button("Add an article"));
    await type(labelled("Title"), "The biomechanics of running backwards.");
    await type(labelled("Address"), "blog.example/biomechanics");
    await type(
      labelled<HTMLTextAreaElement>("Summary"),
      "Why retro running eases lateral knee pain and plantar fasciitis.",
    );
    await type(labelled("Published by"), "Example running blog");
    await type(labelled("Terms this article is about"), "Knee,");
    await click(button("Find terms automatically"));
    expect(labelled("Terms this article is about").value).toBe(
      "Knee, Biomechanics, Backward running, Lateral knee pain, Plantar fasciitis",
    );
    expect(statusIn("Your reading list")).toMatch(
      /Added 4 terms: Biomechanics, Backward running, Lateral knee pain, Plantar fasciitis\./,
    );
    await click(button("Find terms automatically"));
    expect(statusIn("Your reading list")).toMatch(/No new glossary terms found/);

    await click(button("Save article"));
    const added: Article = {
      id: "the-biomechanics-of-running-backwards",
      title: "The biomechanics of running backwards.",
      summary: "Why retro running eases lateral knee pain and plantar fasciitis.",
      url: "https://blog.example/biomechanics",
      publishedBy: "Example running blog",
      topics: ["knee", "biomechanics", "backward-running", "lateral-knee-pain", "plantar-fasciitis"],
      tags: [],
    };
    expect(saveArticles).toHaveBeenCalledWith([note, added]);
    expect(parseArticles([note, added]).ok).toBe(true);
    expect(container.querySelector("form.term-form")).toBeNull();
    expect(statusIn("Your reading list")).toMatch(
      /Saved the article "The biomechanics of running backwards\."/,
    );
    expect(listed()[1]).toContain("terms: Knee, Biomechanics, Backward running");
    await vi.waitFor(() => expect(document.activeElement).toBe(button("Add an article")));
  });

  it("never gives a new article the id of a shipped one", async () => {
    mount();
    await click(button("Add an article"));
    // The shipped "biomechanics-of-running-backwards" has this title's slug.
    await type(labelled("Title"), "Biomechanics of running backwards");
    await click(button("Save article"));
    const [saved] = saveArticles.mock.calls[0]![0];
    expect(saved!.id).toBe("biomechanics-of-running-backwards-2");
  });

  it("edits an article in place, keeping its id, tags and feed", async () => {
    const fromFeed: Article = { ...other, feed: FEED, publishedBy: "Stride Notes" };
    mount({ articles: [note, fromFeed] });
    await click(button(/^Edit "Walking uphill backwards"/));
    expect(labelled("Title").value).toBe("Walking uphill backwards");
    expect(section("Your reading list").textContent).toMatch(
      /came from the feed Stride Notes\. Refreshing that feed replaces/,
    );
    await type(labelled("Title"), "Walking uphill backwards, again");
    await type(labelled("Terms this article is about"), "backward-walking, HAMSTRINGS");
    await click(button("Save article"));
    expect(saveArticles).toHaveBeenCalledWith([
      note,
      {
        ...fromFeed,
        title: "Walking uphill backwards, again",
        topics: ["backward-walking", "hamstrings"],
      },
    ]);
  });

  it("shows terms by name when editing and keeps an unchanged article unchanged", async () => {
    mount({ articles: [note] });
    await click(button(/^Edit "My backwards notes"/));
    expect(labelled("Terms this article is about").value).toBe("Backward running, Knee");
    await click(button("Save article"));
    expect(saveArticles).toHaveBeenCalledWith([note]);
  });

  it("removes an article after confirmation, and keeps it when told to", async () => {
    mount({ articles: [note, other] });
    await click(button(/^Delete "My backwards notes"/));
    await click(button("Keep it"));
    expect(saveArticles).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(document.activeElement).toBe(button(/^Delete "My backwards notes"/)));

    await click(button(/^Delete "My backwards notes"/));
    await click(button('Yes, delete "My backwards notes"'));
    expect(saveArticles).toHaveBeenCalledWith([other]);
    expect(listed()).toHaveLength(1);
    expect(statusIn("Your reading list")).toMatch(/Deleted the article "My backwards notes"/);
  });

  it("goes back to the stored list and says so when saving fails", async () => {
    saveArticles.mockRejectedValueOnce(new Error("quota exceeded"));
    mount({ articles: [note] });
    await click(button(/^Delete "My backwards notes"/));
    await click(button('Yes, delete "My backwards notes"'));
    await vi.waitFor(() => expect(statusIn("Your reading list")).toMatch(/Could not delete.*quota exceeded/));
    expect(listed()).toHaveLength(1);
  });

  it("says when the stored articles could not be read", () => {
    mount({ articlesProblem: ["0.id: must be kebab-case"] });
    expect(section("Your reading list").querySelector('.notice[role="alert"]')!.textContent).toContain(
      "0.id: must be kebab-case",
    );
  });
});

describe("importing a feed", () => {
  it("asks for the feed's site at the click, then imports the entries and sums up", async () => {
    let fetched: (value: FetchedFeed) => void = () => {};
    fetchFeed.mockImplementationOnce((_url, { onProgress }) => {
      onProgress(2048, null);
      return new Promise((resolve) => (fetched = resolve));
    });
    mount({ articles: [note] });
    await type(labelled("Feed address"), ` ${FEED}#latest `);
    button("Import feed").click();
    // Synchronously, inside the click: the browser only shows the prompt during a user action.
    expect(requestFeedAccess).toHaveBeenCalledExactlyOnceWith(FEED);

    await vi.waitFor(() =>
      expect(statusIn("Import articles from a blog's feed")).toMatch(
        /Downloading the feed from stride-notes\.example… 2 KB/,
      ),
    );
    expect(fetchFeed).toHaveBeenCalledWith(
      FEED,
      expect.objectContaining({ signal: expect.any(AbortSignal) }),
    );
    expect(section("Import articles from a blog's feed").querySelector("progress")).not.toBeNull();
    expect(saveArticles).not.toHaveBeenCalled();
    fetched(served(rss));

    await vi.waitFor(() =>
      expect(statusIn("Import articles from a blog's feed")).toMatch(
        'Imported "Stride Notes – running backwards": 4 articles, 3 related to glossary terms (4 new).',
      ),
    );
    const saved = saveArticles.mock.calls[0]![0];
    expect(parseArticles(saved).ok).toBe(true);
    expect(saved[0]).toEqual(note);
    expect(saved.slice(1).map((a) => [a.id, a.url, a.topics])).toEqual([
      [
        "why-i-started-running-backwards",
        "https://stride-notes.example/2024/03/why-i-started-running-backwards/",
        ["backward-running", "lateral-knee-pain", "quadriceps", "plantar-fasciitis"],
      ],
      [
        "backward-running-drills-for-your-quads",
        "https://stride-notes.example/2024/04/backward-running-drills/",
        ["backward-running", "quadriceps", "ground-reaction-force", "knee"],
      ],
      [
        "hills-tracks-a-week-of-retro-running",
        "https://stride-notes.example/2024/05/a-week-of-retro-running/",
        ["backward-running", "cadence", "stride-length"],
      ],
      ["race-report-the-autumn-10k", "https://stride-notes.example/2024/10/autumn-10k/", []],
    ]);
    for (const a of saved.slice(1)) {
      expect(a).toMatchObject({
        publishedBy: "Stride Notes – running backwards",
        tags: ["feed"],
        feed: FEED,
      });
    }

    // The list shows the entries as text: the script in one description is neither run nor markup.
    expect(listed()).toHaveLength(5);
    expect(container.querySelector(".article-list script, .article-list img")).toBeNull();
    expect((globalThis as { __feedPwned?: boolean }).__feedPwned).toBeUndefined();
    expect(labelled("Feed address").value).toBe("");
    expect(section("Import articles from a blog's feed").querySelector("progress")).toBeNull();
    expect(section("Import articles from a blog's feed").textContent).toMatch(
      /Feeds you have imported.*Stride Notes – running backwards.*4 articles/,
    );
  });

  it("refreshing the feed updates its articles without duplicates", async () => {
    mount();
    await importFeed(FEED);
    const first = saveArticles.mock.calls[0]![0];
    mount({ articles: first });

    // Unchanged feed: nothing to save.
    await click(button(/^Refresh "Stride Notes/));
    expect(requestFeedAccess).toHaveBeenLastCalledWith(FEED);
    await vi.waitFor(() =>
      expect(statusIn("Import articles from a blog's feed")).toMatch(
        /4 articles, 3 related to glossary terms \(4 unchanged\)\./,
      ),
    );
    expect(saveArticles).toHaveBeenCalledTimes(1);

    // A new post, an edited title, and a post gone from the feed.
    const changed = rss
      .replace(
        "<title>Race report: the autumn 10K</title>",
        "<title>Race report: the autumn 10K (photos)</title>",
      )
      .replace(/<item>\s*<title>Backward running drills[\s\S]*?<\/item>/, "")
      .replace(
        "<item>",
        "<item><title>Backpedaling for beginners</title><link>https://stride-notes.example/new/</link><description>Start slow.</description></item><item>",
      );
    fetchFeed.mockResolvedValueOnce(served(changed));
    await click(button(/^Refresh "Stride Notes/));
    await vi.waitFor(() =>
      expect(statusIn("Import articles from a blog's feed")).toMatch(
        /4 articles, 3 related to glossary terms \(1 new, 1 updated, 2 unchanged\)\./,
      ),
    );
    const second = saveArticles.mock.calls[1]![0];
    expect(second.map((a) => a.id)).toEqual([...first.map((a) => a.id), "backpedaling-for-beginners"]);
    expect(second.find((a) => a.id === "race-report-the-autumn-10k")!.title).toBe(
      "Race report: the autumn 10K (photos)",
    );
  });

  it("imports an Atom feed", async () => {
    fetchFeed.mockResolvedValueOnce(served(atom, "https://coach.example/feeds/backwards.atom"));
    mount();
    await importFeed("coach.example/feeds/backwards.atom");
    expect(requestFeedAccess).toHaveBeenCalledWith("https://coach.example/feeds/backwards.atom");
    expect(statusIn("Import articles from a blog's feed")).toMatch(
      'Imported "Backwards Coach": 3 articles, 2 related to glossary terms (3 new).',
    );
    expect(saveArticles.mock.calls[0]![0][0]).toMatchObject({
      title: "Backward running on hills",
      url: "https://coach.example/posts/backwards-hills",
      topics: ["backward-running", "knee", "hamstrings"],
    });
  });

  it("keeps only web addresses from a feed with javascript: links", async () => {
    fetchFeed.mockResolvedValueOnce(served(jsLinks, "https://sneaky.example/feed"));
    mount();
    await importFeed("https://sneaky.example/feed");
    const saved = saveArticles.mock.calls[0]![0];
    expect(saved.map((a) => a.url)).toEqual([undefined, undefined, "https://sneaky.example/normal"]);
    const links = [...container.querySelectorAll<HTMLAnchorElement>(".article-list a")];
    expect(links.map((a) => a.getAttribute("href"))).toEqual(["https://sneaky.example/normal"]);
    expect(links[0]!.rel).toBe("noopener noreferrer");
  });

  const failures: [string, () => void, RegExp][] = [
    [
      "permission refused",
      () => requestFeedAccess.mockResolvedValueOnce(false),
      /Nothing was imported: Backstride needs your permission to read the feed on stride-notes\.example\./,
    ],
    [
      "permission request throws",
      () =>
        requestFeedAccess.mockImplementationOnce(() => {
          throw new Error("permissions.request may only be called from a user input handler");
        }),
      /Nothing was imported: Backstride could not ask for permission .*user input handler/,
    ],
    [
      "a network error",
      () =>
        fetchFeed.mockRejectedValueOnce(
          new FeedFetchError("Could not reach stride-notes.example: check the address.", "network"),
        ),
      /Nothing was imported: Could not reach stride-notes\.example/,
    ],
    [
      "an HTTP error",
      () =>
        fetchFeed.mockRejectedValueOnce(
          new FeedFetchError("There is no feed at this address: the server answered 404 Not Found.", "http"),
        ),
      /Nothing was imported: There is no feed at this address: the server answered 404/,
    ],
    [
      "a malformed feed",
      () => fetchFeed.mockResolvedValueOnce(served(malformed)),
      /Nothing was imported: This is not a well-formed RSS or Atom feed \(XML error/,
    ],
    [
      "an HTML page",
      () =>
        fetchFeed.mockResolvedValueOnce(
          served(htmlPage, "https://stride-notes.example/tag/running-backwards/"),
        ),
      /Nothing was imported: This address is a web page, not an RSS or Atom feed\. The page names its feed at https:\/\/stride-notes\.example\/tag\/running-backwards\/feed\//,
    ],
    [
      "a feed without entries",
      () => fetchFeed.mockResolvedValueOnce(served("<rss><channel><title>Quiet</title></channel></rss>")),
      /Nothing was imported: the feed "Quiet" has no entries\./,
    ],
    [
      "saving failing",
      () => saveArticles.mockRejectedValueOnce(new Error("QUOTA_BYTES quota exceeded")),
      /Nothing was imported: the articles could not be saved \(QUOTA_BYTES quota exceeded\)\./,
    ],
  ];

  it.each(failures)("%s: says why and changes nothing", async (_what, arrange, message) => {
    arrange();
    mount({ articles: [note, other] });
    await importFeed(FEED);
    expect(statusIn("Import articles from a blog's feed")).toMatch(message);
    expect(section("Import articles from a blog's feed").querySelector(".status-error")).not.toBeNull();
    if (_what !== "saving failing") expect(saveArticles).not.toHaveBeenCalled();
    expect(listed()).toHaveLength(2);
    expect(labelled("Feed address").value).toBe(FEED);
  });

  it.each([
    ["", /Enter the address of an RSS or Atom feed/],
    ["javascript:alert(1)", /Only http:\/\/ and https:\/\/ feeds/],
    ["file:///etc/passwd", /Only http:\/\/ and https:\/\/ feeds/],
    ["feed", /"feed" is not a web address/],
  ])("refuses the address %j before asking for anything", async (input, message) => {
    mount();
    const field = labelled("Feed address");
    await type(field, input);
    await click(button("Import feed"));
    expect(errorFor(field)).toMatch(message);
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(requestFeedAccess).not.toHaveBeenCalled();
    expect(fetchFeed).not.toHaveBeenCalled();
  });

  it("can be cancelled while downloading", async () => {
    fetchFeed.mockImplementationOnce(
      (_url, { signal }) =>
        new Promise((_resolve, reject) =>
          signal.addEventListener("abort", () =>
            reject(new FeedFetchError("The import was cancelled.", "cancelled")),
          ),
        ),
    );
    mount();
    await type(labelled("Feed address"), FEED);
    await click(button("Import feed"));
    // A second click while busy does not start another import.
    await click(button("Import feed"));
    await click(button("Cancel import"));
    await vi.waitFor(() =>
      expect(statusIn("Import articles from a blog's feed")).toMatch(
        /Nothing was imported: The import was cancelled\./,
      ),
    );
    expect(fetchFeed).toHaveBeenCalledTimes(1);
    expect(saveArticles).not.toHaveBeenCalled();
  });

  it("removes a feed's articles after confirmation, keeping the user's own", async () => {
    const fromFeed = { ...other, feed: FEED, publishedBy: "Stride Notes" };
    mount({ articles: [note, fromFeed] });
    await click(button(/^Remove its articles/));
    await click(button('Yes, remove 1 article from "Stride Notes"'));
    expect(saveArticles).toHaveBeenCalledWith([note]);
  });
});

describe("export and import with the reading list", () => {
  it("exports the articles with the settings and imports them again", async () => {
    mount({ articles: [note, other] });
    await click(button("Export to a file"));
    const [, text] = download.mock.calls[0]!;
    expect(parseSettingsFile(text, builtInTerms)).toEqual({
      ok: true,
      value: toSettingsFile(DEFAULT_SETTINGS, [], [note, other]),
    });
    expect(statusIn("Back up and restore")).toMatch(/0 custom terms and 2 articles/);
  });

  async function chooseFile(text: string) {
    const input = labelled(/^Import from a file/);
    Object.defineProperty(input, "files", {
      configurable: true,
      value: [new File([text], "backup.json", { type: "application/json" })],
    });
    input.dispatchEvent(new Event("change", { bubbles: true }));
    await vi.waitFor(() => expect(statusIn("Back up and restore")).toMatch(/imported/i));
  }

  it("a valid file replaces the articles", async () => {
    mount({ articles: [note] });
    await chooseFile(JSON.stringify(toSettingsFile(DEFAULT_SETTINGS, [], [other])));
    expect(saveArticles).toHaveBeenCalledWith([other]);
    expect(listed()).toHaveLength(1);
    expect(listed()[0]).toContain("Walking uphill backwards");
  });

  it.each([
    [
      "a bad article",
      [{ ...note, url: "javascript:alert(1)" }],
      /articles\.0\.url: must start with http:\/\/ or https:\/\//,
    ],
    ["a shipped article's id", [{ ...note, id: reservedArticleIds[0]! }], /articles\.0\.id: .* comes with/],
  ])("a file with %s changes nothing", async (_what, articles, message) => {
    mount({ articles: [note] });
    await chooseFile(JSON.stringify({ ...toSettingsFile(DEFAULT_SETTINGS, [], []), articles }));
    expect(statusIn("Back up and restore")).toMatch(/Nothing was imported/);
    expect(statusIn("Back up and restore")).toMatch(message);
    expect(saveArticles).not.toHaveBeenCalled();
    expect(saveSettings).not.toHaveBeenCalled();
    expect(saveTerms).not.toHaveBeenCalled();
  });

  it("when saving the articles fails, what was stored is put back and the list is as before", async () => {
    const restore = vi.fn(async () => {});
    saveArticles.mockRejectedValueOnce(new Error("quota exceeded"));
    mount({ articles: [note], keepStored: async () => restore });
    const imported = { ...DEFAULT_SETTINGS, highlightStyle: "marker" as const };
    await chooseFile(JSON.stringify(toSettingsFile(imported, [], [other])));
    expect(statusIn("Back up and restore")).toMatch(/Nothing was imported: quota exceeded/);
    expect(saveSettings).toHaveBeenCalledWith(imported);
    expect(restore).toHaveBeenCalledOnce();
    expect(listed()).toHaveLength(1);
    expect(listed()[0]).toContain("My backwards notes");
  });
});

describe("accessibility", () => {
  const check = async () => {
    const results = await axe.run(document.documentElement, {
      rules: { "color-contrast": { enabled: false } },
    });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
  };

  it("has no axe violations: the list, the article form with errors, an import and a failed import", async () => {
    mount({ articles: [note, { ...other, feed: FEED, publishedBy: "Stride Notes" }] });
    await check();

    await click(button("Add an article"));
    await type(labelled("Terms this article is about"), "kne");
    await click(button("Find terms automatically"));
    await click(button("Save article"));
    expect(container.querySelectorAll('[aria-invalid="true"]').length).toBe(2);
    await check();

    await importFeed(FEED);
    await check();

    fetchFeed.mockResolvedValueOnce(served(malformed));
    await type(labelled("Feed address"), "not a feed");
    await click(button("Import feed"));
    await importFeed(FEED);
    expect(labelled("Feed address").getAttribute("aria-invalid")).toBeNull();
    await check();
  });

  it("labels every control, groups the terms picker and ties errors to their fields", async () => {
    mount();
    await click(button("Add an article"));
    for (const control of container.querySelectorAll("input, select, textarea")) {
      expect(container.querySelector(`label[for="${control.id}"]`), control.id).not.toBeNull();
    }
    const picker = [...container.querySelectorAll("fieldset")].find(
      (f) => f.querySelector("legend")?.textContent === "Glossary terms",
    );
    expect(picker?.querySelector("#article-terms")).not.toBeNull();
    expect(picker?.querySelector('[role="status"]')).not.toBeNull();
    await click(button("Save article"));
    expect(labelled("Title").getAttribute("aria-describedby")).toContain("article-title-error");
  });
});
