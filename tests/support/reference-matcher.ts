import { type FormEntry, type Match } from "../../src/core/matcher.ts";
import { inflections } from "../../src/core/inflect.ts";

// A slow matcher that is easy to believe: one regular expression per form, tried at every
// word start, longest wins. The property tests hold the real matcher to it. Letters are ASCII
// only: the generated texts use no others, and Unicode property classes make each of the
// thousands of throwaway regular expressions slow to compile.

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const IGN = "[\\u00ad\\u200b\\u200c\\u200d\\u2060\\ufeff]*";
// White space a browser collapses; not U+2029, which the text model uses between blocks.
// Invisible characters may sit on either side of it.
const SEP = `${IGN}(?:[\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u202f\\u205f\\u3000]+|[-\\u2010\\u2011])${IGN}`;
const APOS = "['\\u2019\\u2018\\u02bc\\u2032]";

const compiled = new Map<string, RegExp>();

function formPattern(form: string, caseSensitive: boolean): RegExp {
  const key = `${caseSensitive}:${form}`;
  let re = compiled.get(key);
  if (!re) compiled.set(key, (re = buildPattern(form, caseSensitive)));
  return re;
}

function buildPattern(form: string, caseSensitive: boolean): RegExp {
  const words = form
    .split(/[\s-]+/)
    .map((w) => [...w].map((ch) => (ch === "'" ? APOS : escape(ch))).join(IGN));
  const body = words.join(SEP);
  const boundary = `(?!${IGN}(?:[A-Za-z0-9]|(?:${APOS}|[-\\u2010\\u2011])[A-Za-z0-9]))`;
  return new RegExp(body + boundary, caseSensitive ? "uy" : "iuy");
}

// eslint-disable-next-line no-misleading-character-class -- lone zero-width joiners are the point
const COMPOUND_BEFORE = /(?<=[A-Za-z0-9][-\u2010\u2011][\u00ad\u200b\u200c\u200d\u2060\ufeff]*)/uy;

export function referenceScan(entries: readonly FormEntry[], text: string): Match[] {
  const patterns: { termId: string; re: RegExp }[] = [];
  for (const e of entries) patterns.push({ termId: e.termId, re: formPattern(e.form, e.caseSensitive) });
  for (const e of entries)
    for (const v of inflections(e.form))
      patterns.push({ termId: e.termId, re: formPattern(v, e.caseSensitive) });

  const starts = [
    ...text.matchAll(
      // eslint-disable-next-line no-misleading-character-class -- lone zero-width joiners are the point
      /[A-Za-z0-9](?:[A-Za-z0-9\u00ad\u200b\u200c\u200d\u2060\ufeff]|['\u2019\u2018\u02bc\u2032](?=[A-Za-z0-9]))*/gu,
    ),
  ]
    .map((m) => m.index!)
    .filter((i) => {
      COMPOUND_BEFORE.lastIndex = i;
      return !COMPOUND_BEFORE.test(text);
    });

  const matches: Match[] = [];
  let resumeAt = 0;
  for (const start of starts) {
    if (start < resumeAt) continue;
    let best: Match | null = null;
    for (const p of patterns) {
      p.re.lastIndex = start;
      const m = p.re.exec(text);
      if (m && (!best || start + m[0].length > best.end))
        best = { start, end: start + m[0].length, termId: p.termId };
    }
    if (best) {
      matches.push(best);
      resumeAt = best.end;
    }
  }
  return matches;
}
