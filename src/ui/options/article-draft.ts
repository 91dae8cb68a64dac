import { type Article, parseArticles } from "../../core/article-schema.ts";
import { addressKey, findTopics, slugify, uniqueId } from "../../core/feed-articles.ts";
import type { Term } from "../../core/glossary-schema.ts";
import type { Matcher } from "../../core/matcher.ts";
import type { TermSearch } from "../../core/term-search.ts";
import { humanize, splitError, splitList } from "./term-draft.ts";
import { t } from "../../platform/i18n.ts";

// The article form works on strings; this module turns them into an article, resolves the terms
// the user typed against the glossary, and maps parseArticles' errors to the form's fields.

export interface ArticleDraft {
  title: string;
  url: string;
  summary: string;
  publishedBy: string;
  terms: string;
}

export type ArticleField = keyof ArticleDraft;
export type ArticleErrors = Partial<Record<ArticleField, string[]>>;
export type ArticleResult =
  { ok: true; article: Article } | { ok: false; fields: ArticleErrors; other: string[] };

/** What the form needs to know about the glossary (built-in and custom terms). */
export interface TermCatalog {
  terms: readonly Term[];
  matcher: Matcher;
  search: TermSearch;
}

export const emptyArticleDraft = (): ArticleDraft => ({
  title: "",
  url: "",
  summary: "",
  publishedBy: "",
  terms: "",
});

/** How a term is written in the terms field: its label, or its id when the label has a comma. */
export const termName = (id: string, byId: ReadonlyMap<string, Term>): string => {
  const label = byId.get(id)?.label;
  return label && !label.includes(",") ? label : id;
};

export const draftFromArticle = (a: Article, byId: ReadonlyMap<string, Term>): ArticleDraft => ({
  title: a.title,
  url: a.url ?? "",
  summary: a.summary,
  publishedBy: a.publishedBy ?? "",
  terms: a.topics.map((id) => termName(id, byId)).join(", "),
});

export interface ResolvedTerms {
  ids: string[];
  errors: string[];
}

/** "knee, Plantar fasciitis, ITBS, kne" → term ids, and a message for each name that is no term. */
export function resolveTerms(text: string, catalog: TermCatalog): ResolvedTerms {
  // Ids, and every label, alias and abbreviation whatever its capitals.
  const byName = new Map<string, string>();
  for (const term of catalog.terms) {
    for (const name of [term.label, ...term.aliases, ...term.abbreviations]) {
      if (!byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), term.id);
    }
  }
  for (const term of catalog.terms) byName.set(term.id, term.id);
  const ids: string[] = [];
  const errors: string[] = [];
  for (const name of splitList(text)) {
    const hits = catalog.search.search(name, 3);
    const id = byName.get(name.toLowerCase()) ?? (hits[0]?.exact ? hits[0].term.id : undefined);
    if (id) {
      if (!ids.includes(id)) ids.push(id);
      continue;
    }
    const guesses = hits.map((h) => t("optionsQuoted", h.term.label));
    const notATerm = t("optionsNotATerm", name);
    errors.push(
      guesses.length
        ? `${notATerm} ${t("optionsDidYouMean", guesses.join(` ${t("optionsOr")} `))}`
        : notATerm,
    );
  }
  return { ids, errors };
}

/** Terms the engine finds in the title and summary that the terms field does not have yet. */
export function suggestTerms(draft: ArticleDraft, catalog: TermCatalog): string[] {
  const have = new Set(resolveTerms(draft.terms, catalog).ids);
  return findTopics(catalog.matcher, { title: draft.title, summary: draft.summary }).filter(
    (id) => !have.has(id),
  );
}

/** An address without a scheme ("example.org/post") is read as https. */
const withScheme = (url: string) => {
  const u = url.trim();
  return u === "" || /^[a-z][a-z0-9+.-]*:/i.test(u) ? u : `https://${u}`;
};

export interface ValidateContext {
  /** The article being edited, if it is not a new one. */
  editing?: Article | undefined;
  /** The user's other articles. */
  others: readonly Article[];
  /** Ids the user's articles may not take (the shipped library's). */
  reservedIds: ReadonlySet<string>;
  catalog: TermCatalog;
}

/**
 * The article a draft describes, checked with parseArticles together with the user's other
 * articles, or every problem mapped to its field.
 */
export function validateArticle(draft: ArticleDraft, ctx: ValidateContext): ArticleResult {
  const { editing, others, reservedIds, catalog } = ctx;
  const terms = resolveTerms(draft.terms, catalog);
  const url = withScheme(draft.url);
  const publishedBy = draft.publishedBy.trim();
  const taken = new Set([...reservedIds, ...others.map((a) => a.id)]);
  const candidate: Article = {
    ...editing,
    id: editing?.id ?? uniqueId(slugify(draft.title), taken),
    title: draft.title,
    summary: draft.summary,
    topics: terms.ids,
    tags: editing?.tags ?? [],
  };
  if (url) candidate.url = url;
  else delete candidate.url;
  if (publishedBy) candidate.publishedBy = publishedBy;
  else delete candidate.publishedBy;

  const fields: ArticleErrors = {};
  const other: string[] = [];
  const add = (field: ArticleField, message: string) => {
    const list = (fields[field] ??= []);
    if (!list.includes(message)) list.push(message);
  };
  for (const e of terms.errors) add("terms", e);

  const parsed = parseArticles([...others, candidate]);
  const index = String(others.length);
  const FIELD: Record<string, ArticleField> = {
    title: "title",
    url: "url",
    summary: "summary",
    publishedBy: "publishedBy",
    topics: "terms",
  };
  if (!parsed.ok) {
    for (const error of parsed.errors) {
      const { path, message } = splitError(error);
      const field = path[0] === index ? FIELD[path[1] ?? ""] : undefined;
      if (field) add(field, humanize(message));
      else if (path[0] === index || path.length === 0) other.push(humanize(message));
      else {
        const owner = others[Number(path[0])];
        other.push(
          owner ? t("optionsOtherArticleProblem", owner.title, humanize(message)) : humanize(message),
        );
      }
    }
  }
  const key = url ? addressKey(url) : null;
  const twin = key ? others.find((a) => a.url && addressKey(a.url) === key) : undefined;
  if (twin) add("url", t("optionsDuplicateAddress", twin.title));
  if (draft.title.trim() === "") fields.title = [t("optionsErrorRequired")];

  if (Object.keys(fields).length || other.length) return { ok: false, fields, other };
  return { ok: true, article: (parsed.ok ? parsed.value[others.length] : candidate) ?? candidate };
}
