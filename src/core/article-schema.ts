import * as v from "valibot";
import type { ParseResult } from "./glossary-schema.ts";

// The reading library: articles about running backwards that cards link to. Shipped articles
// and the user's own (typed in or imported from a feed) share this schema.

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case"), v.maxLength(120));
const text = (min: number, max: number) => v.pipe(v.string(), v.trim(), v.minLength(min), v.maxLength(max));
export const HttpUrl = v.pipe(
  v.string(),
  v.trim(),
  v.url("must be a web address"),
  v.check((u) => /^https?:\/\//i.test(u), "must start with http:// or https://"),
  v.maxLength(2000),
);

export const ArticleSchema = v.strictObject({
  id: Id,
  title: text(3, 300),
  summary: text(0, 600),
  url: v.optional(HttpUrl),
  /** Words to search for when the address is unknown and the title alone is not distinctive. */
  searchQuery: v.optional(text(3, 300)),
  topics: v.pipe(v.array(Id), v.maxLength(50)),
  publishedBy: v.optional(text(1, 120)),
  tags: v.optional(v.pipe(v.array(text(1, 60)), v.maxLength(30)), []),
  /** Where a user article came from: a feed's address, so refreshing it replaces its own entries. */
  feed: v.optional(HttpUrl),
});

export const LibrarySchema = v.strictObject({
  format: v.literal(1),
  articles: v.pipe(
    v.array(ArticleSchema),
    v.check((as) => new Set(as.map((a) => a.id)).size === as.length, "article ids must be unique"),
  ),
});

export type Article = v.InferOutput<typeof ArticleSchema>;
export type Library = v.InferOutput<typeof LibrarySchema>;

export function parseLibrary(data: unknown): ParseResult<Library> {
  const r = v.safeParse(LibrarySchema, data);
  return r.success
    ? { ok: true, value: r.output }
    : {
        ok: false,
        errors: r.issues.slice(0, 20).map((i) => `${v.getDotPath(i) ?? "library"}: ${i.message}`),
      };
}

export function parseArticles(data: unknown): ParseResult<Article[]> {
  const r = parseLibrary({ format: 1, articles: data });
  return r.ok
    ? { ok: true, value: r.value.articles }
    : { ok: false, errors: r.errors.map((e) => e.replace(/^articles\./, "")) };
}
