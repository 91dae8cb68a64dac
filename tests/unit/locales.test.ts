import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import en from "../../src/locales/en/messages.json";
import { t } from "../../src/platform/i18n.ts";

// Every UI locale is complete: the same keys as English, the same placeholders, no empty text.
const LOCALES = readdirSync("src/locales");
const load = (lang: string) =>
  JSON.parse(readFileSync(`src/locales/${lang}/messages.json`, "utf8")) as Record<
    string,
    { message: string; placeholders?: Record<string, unknown> }
  >;
const placeholders = (m: string) => [...m.matchAll(/\$[A-Z0-9_]+\$|%s/g)].map((x) => x[0]).sort();

describe("locales", () => {
  it("include English and at least one other complete UI language", () => {
    expect(LOCALES).toContain("en");
    expect(LOCALES.length).toBeGreaterThanOrEqual(2);
  });

  it.each(LOCALES.filter((l) => l !== "en"))(
    "%s has every English key, with the same placeholders",
    (lang) => {
      const messages = load(lang);
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
      for (const [key, value] of Object.entries(en)) {
        expect(messages[key]!.message.trim(), `${lang}.${key}`).not.toBe("");
        expect(placeholders(messages[key]!.message), `${lang}.${key}`).toEqual(placeholders(value.message));
      }
    },
  );

  it("substitutes placeholders outside the browser too", () => {
    expect(t("cardDisableSite", "example.com")).toBe("Don’t highlight on example.com");
    expect(t("cardFindArticle", "A title")).toBe("Find this article: A title");
  });
});
