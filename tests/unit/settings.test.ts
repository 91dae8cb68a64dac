import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, type Settings, parseSettings } from "../../src/core/settings.ts";
import { isActiveOn, siteOf, withSite } from "../../src/core/sites.ts";

const settings = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...over });
const errorsOf = (data: unknown) => {
  const result = parseSettings(data);
  return result.ok ? [] : result.errors;
};

describe("parseSettings", () => {
  it("accepts the defaults", () => {
    expect(parseSettings(DEFAULT_SETTINGS)).toEqual({ ok: true, value: DEFAULT_SETTINGS });
  });

  it("lower-cases, trims, de-duplicates and sorts the disabled sites", () => {
    const result = parseSettings(
      settings({ disabledSites: [" News.Example.com ", "a.example", "news.example.com", "localhost:8080"] }),
    );
    expect(result.ok && result.value.disabledSites).toEqual([
      "a.example",
      "localhost:8080",
      "news.example.com",
    ]);
  });

  it.each([
    [settings({ highlightStyle: "neon" as never }), /^highlightStyle: /],
    [settings({ density: "some" as never }), /^density: /],
    [settings({ enabled: "yes" as never }), /^enabled: /],
    [settings({ version: 2 as never }), /^version: /],
    [settings({ disabledSites: ["https://example.com/"] }), /^disabledSites\.0: must be a host name/],
    [settings({ disabledSites: ["exa mple.com"] }), /^disabledSites\.0: must be a host name/],
    [settings({ disabledSites: ["example.com:123456"] }), /^disabledSites\.0: must be a host name/],
    [{ ...DEFAULT_SETTINGS, extra: 1 }, /^extra: /],
    [null, /^settings: /],
    ["subtle", /^settings: /],
  ])("names the field in its error: %j", (data, error) => {
    const errors = errorsOf(data);
    expect(errors.length).toBeGreaterThan(0);
    expect(
      errors.some((e) => error.test(e)),
      errors.join("\n"),
    ).toBe(true);
  });

  it("reports every bad field, not just the first", () => {
    const errors = errorsOf({ ...DEFAULT_SETTINGS, highlightStyle: "neon", density: "some" });
    expect(errors).toHaveLength(2);
  });

  it("accepts every style and density", () => {
    for (const highlightStyle of ["subtle", "marker", "underline"] as const)
      for (const density of ["all", "first"] as const)
        expect(parseSettings(settings({ highlightStyle, density })).ok).toBe(true);
  });
});

describe("siteOf", () => {
  it.each([
    ["https://Example.COM/path?q=1#x", "example.com"],
    ["http://localhost:8080/", "localhost:8080"],
    ["https://example.com:443/", "example.com"],
    ["https://bücher.de/", "xn--bcher-kva.de"],
    ["https://user:pw@example.org/", "example.org"],
    ["file:///home/me/post.html", null],
    ["chrome://extensions", null],
    ["about:blank", null],
    ["example.com", null],
    ["", null],
    [undefined, null],
  ])("%j → %j", (url, site) => {
    expect(siteOf(url)).toBe(site);
  });
});

describe("isActiveOn", () => {
  it("is on for ordinary sites, off for disabled ones, pages without a site and when switched off", () => {
    const s = settings({ disabledSites: ["off.example"] });
    expect(isActiveOn(s, "on.example")).toBe(true);
    expect(isActiveOn(s, "off.example")).toBe(false);
    expect(isActiveOn(s, null)).toBe(false);
    expect(isActiveOn({ ...s, enabled: false }, "on.example")).toBe(false);
  });

  it("matches hosts exactly: a subdomain is another site", () => {
    expect(isActiveOn(settings({ disabledSites: ["example.com"] }), "www.example.com")).toBe(true);
  });
});

describe("withSite", () => {
  it("adds a site once, sorted, and removes it again", () => {
    const s = settings({ disabledSites: ["b.example"] });
    const off = withSite(withSite(s, "a.example", false), "a.example", false);
    expect(off.disabledSites).toEqual(["a.example", "b.example"]);
    expect(withSite(off, "a.example", true).disabledSites).toEqual(["b.example"]);
    expect(withSite(s, "not-there.example", true).disabledSites).toEqual(["b.example"]);
  });

  it("does not change the settings it is given, or anything but the site list", () => {
    const s = settings({ highlightStyle: "marker", density: "first", disabledSites: ["b.example"] });
    const frozen = Object.freeze({ ...s, disabledSites: Object.freeze([...s.disabledSites]) }) as Settings;
    const next = withSite(frozen, "a.example", false);
    expect(frozen.disabledSites).toEqual(["b.example"]);
    expect(next).toEqual({ ...s, disabledSites: ["a.example", "b.example"] });
    expect(parseSettings(next).ok).toBe(true);
  });
});
