// Valid test data shared by the unit and dom tests: the shipped glossary, custom terms, settings,
// articles and the props the options page and the popup are mounted with. Every builder returns a
// fresh object, so a test may change what it gets; `overrides` replace fields whole.

import { vi } from "vitest";
import glossaryData from "../../src/data/glossary.json";
import type { Article } from "../../src/core/article-schema.ts";
import { compileGlossary } from "../../src/core/glossary-index.ts";
import { type Glossary, type Term, parseGlossary } from "../../src/core/glossary-schema.ts";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings.ts";
import { createTermSearch } from "../../src/core/term-search.ts";
import type { PageTerm } from "../../src/messaging/protocol.ts";
import type { OptionsProps } from "../../src/ui/options/Options.tsx";
import type { PopupProps } from "../../src/ui/popup/Popup.tsx";

// --- the shipped glossary ---

const parsed = parseGlossary(glossaryData);
if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
/** The shipped glossary, parsed and checked. */
export const glossary: Glossary = parsed.value;
/** The shipped glossary's terms: what custom terms are checked against. */
export const builtInTerms: Term[] = glossary.terms;
/** The shipped glossary's terms by id, as the popup gets them. */
export const termsById = new Map(builtInTerms.map((t) => [t.id, t]));

let engine: ReturnType<typeof createTermSearch> | undefined;
/** The popup's search over the shipped glossary (built on first use). */
export const searchGlossary = (query: string): Term[] => {
  engine ??= createTermSearch(builtInTerms, compileGlossary(glossary));
  return engine.search(query).map((hit) => hit.term);
};

// --- custom terms ---

/** A valid custom term, "hip drop drill", that collides with nothing in the shipped glossary. */
export const validTerm = (overrides: Partial<Term> = {}): Term => ({
  id: "hip-drop-drill",
  label: "hip drop drill",
  aliases: ["pelvic drop drill"],
  abbreviations: ["HDD"],
  category: "training",
  summary: "A drill that trains the hip to stay level on one leg.",
  explanation:
    "You stand on one leg and let the free hip drop. Then you lift it back up with the standing hip.",
  forRunners: "It strengthens the muscles that keep the pelvis level while running.",
  related: [],
  sources: [{ title: "Hip drop drill", url: "https://example.org/hip-drop" }],
  ...overrides,
});

/** A valid custom term, "tempo shuffle", with the plain texts the property tests use. */
export const tempoShuffleTerm = (overrides: Partial<Term> = {}): Term => ({
  id: "tempo-shuffle",
  label: "tempo shuffle",
  aliases: ["shuffle tempo run"],
  abbreviations: [],
  category: "training",
  summary: "A custom term used by the property tests.",
  explanation: "It stands in for what a user might add. It has two sentences.",
  forRunners: "Nothing in particular for runners.",
  related: [],
  sources: [{ title: "Example", url: "https://example.org/" }],
  ...overrides,
});

// --- settings and articles ---

/** The default settings with `overrides`. */
export const settingsWith = (overrides: Partial<Settings> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  ...overrides,
});

/** The feed the articles below came from. */
export const BLOG_FEED = "https://blog.example/feed";

/** An article the user typed in by hand. */
export const handTypedArticle = (overrides: Partial<Article> = {}): Article => ({
  id: "my-notes-on-backpedalling",
  title: "My notes on backpedalling",
  summary: "Typed in by hand.",
  url: "https://notes.example/backpedal",
  topics: [],
  tags: ["mine"],
  ...overrides,
});

/** An article imported from BLOG_FEED. */
export const feedArticle = (overrides: Partial<Article> = {}): Article => ({
  id: "retro-running-week-one",
  title: "Retro running, week one",
  summary: "From a feed.",
  url: "https://blog.example/week-1",
  topics: [],
  publishedBy: "Blog",
  tags: ["feed"],
  feed: BLOG_FEED,
  ...overrides,
});

// --- component props ---

/**
 * Props for the options page: default settings, no user data, the shipped glossary, saves that
 * succeed, feed access granted, no network and a mocked download.
 */
export const optionsProps = (overrides: Partial<OptionsProps> = {}): OptionsProps => ({
  settings: DEFAULT_SETTINGS,
  customTerms: [],
  builtIn: builtInTerms,
  articles: [],
  reservedArticleIds: [],
  onSaveSettings: vi.fn(async () => {}),
  onSaveCustomTerms: vi.fn(async () => {}),
  onSaveArticles: vi.fn(async () => {}),
  keepStored: vi.fn(async () => async () => {}),
  requestFeedAccess: async () => true,
  fetchFeed: async () => {
    throw new Error("no network in tests");
  },
  download: vi.fn(),
  ...overrides,
});

/** The popup's page state for a page on example.com where Backstride is on and found `terms`. */
export const listedPage = (terms: PageTerm[]): PopupProps["page"] => ({
  kind: "listed",
  terms,
  active: true,
  site: "example.com",
});

/** Props for the popup: a listed page with no terms on example.com, everything on, mocked actions. */
export const popupProps = (overrides: Partial<PopupProps> = {}): PopupProps => ({
  page: listedPage([]),
  access: null,
  site: "example.com",
  siteOn: true,
  enabled: true,
  terms: termsById,
  search: searchGlossary,
  onReveal: vi.fn(),
  onSetSiteActive: vi.fn(),
  onSetEnabled: vi.fn(),
  onGrantAccess: vi.fn(),
  onReload: vi.fn(),
  ...overrides,
});
