import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The manifest keeps its promises: extension pages run only the extension's own scripts, nothing
// is loaded from elsewhere, and every permission is one the README's "Permissions and privacy"
// section explains. A new permission means a new line in that table and in ALLOWED below.

const manifest = JSON.parse(readFileSync("manifest.json", "utf8")) as {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  background?: { service_worker?: string; scripts?: string[] };
  content_scripts?: { matches: string[]; js?: string[]; css?: string[] }[];
  content_security_policy?: Record<string, string>;
  [key: string]: unknown;
};
const readme = readFileSync("README.md", "utf8");

/** Every permission Backstride may ask for at install, each documented in the README table. */
const ALLOWED = ["storage", "contextMenus", "activeTab"];
/** Host access is only ever optional, asked for per site when a feed is imported. */
const OPTIONAL_HOSTS = ["http://*/*", "https://*/*"];
/** A host or scheme (data:, blob:, https:, *...), or a keyword that lets in code made from strings or inline. */
const isUnsafeSource = (source: string) =>
  !source.startsWith("'") || /^'(?:unsafe-|wasm-unsafe-eval|strict-dynamic|nonce-|sha\d+-)/i.test(source);

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(map.has(name.toLowerCase()), `${name} appears twice`).toBe(false);
    map.set(name.toLowerCase(), sources);
  }
  return map;
}

/** A path inside the package: no scheme, no host, no way out of it. */
const isPackaged = (path: string) => !/^[a-z][a-z0-9+.-]*:|^\/\/|^\\\\|(?:^|\/)\.\.(?:\/|$)/i.test(path);

const section = (() => {
  const start = readme.indexOf("## Permissions and privacy");
  const end = readme.indexOf("\n## ", start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
})();
/** The first cells of the permission table, as written. */
const tableRows = section
  .split("\n")
  .filter((line) => line.startsWith("|") && !/^\|\s*-/.test(line))
  .map((line) => line.split("|")[1]!.trim());

describe("the extension pages' content security policy", () => {
  const csp = manifest.content_security_policy ?? {};
  const policy = directives(csp.extension_pages ?? "");

  it("is set, for extension pages only (no sandbox pages with a looser one)", () => {
    expect(Object.keys(csp)).toEqual(["extension_pages"]);
    expect(manifest).not.toHaveProperty("sandbox");
  });

  it("runs only the extension's own scripts: script-src 'self' and nothing else", () => {
    expect(policy.get("script-src")).toEqual(["'self'"]);
  });

  it("allows no plugins, and no other directive that could load or make code", () => {
    expect(policy.get("object-src")).toEqual(["'none'"]);
    for (const name of ["script-src-elem", "script-src-attr", "worker-src", "child-src", "default-src"]) {
      for (const source of policy.get(name) ?? [])
        expect(["'self'", "'none'"], `${name} ${source}`).toContain(source);
    }
  });

  it("has no unsafe or remote source in any directive", () => {
    for (const [name, sources] of policy)
      for (const source of sources) expect(isUnsafeSource(source), `${name} ${source}`).toBe(false);
  });

  it("keeps pages from being re-based, submitting forms or being framed", () => {
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("is what the README says, and both browser builds keep it", async () => {
    expect(section).toContain("Content Security Policy");
    const path = "../../scripts/manifests.mjs";
    const { chromeManifest, firefoxManifest } = (await import(/* @vite-ignore */ path)) as {
      chromeManifest: (m: unknown, v: string) => { content_security_policy?: unknown };
      firefoxManifest: (m: unknown, v: string) => { content_security_policy?: unknown };
    };
    expect(chromeManifest(manifest, "1.0.0").content_security_policy).toEqual(csp);
    expect(firefoxManifest(manifest, "1.0.0").content_security_policy).toEqual(csp);
  });
});

describe("code comes only from the package", () => {
  it("the content scripts and the background are files in the package", () => {
    const files = [
      ...(manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
      ...(manifest.background?.service_worker ? [manifest.background.service_worker] : []),
      ...(manifest.background?.scripts ?? []),
    ];
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(isPackaged(file), file).toBe(true);
  });

  it.each(readdirSync("src/ui").filter((dir) => readdirSync(`src/ui/${dir}`).includes("index.html")))(
    "the %s page loads only packaged scripts and styles, and has no inline script",
    (dir) => {
      const html = readFileSync(`src/ui/${dir}/index.html`, "utf8");
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attrs, body] of scripts) {
        const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(attrs!)?.[1];
        expect(src, `inline script in ${dir}`).toBeDefined();
        expect(isPackaged(src!), src).toBe(true);
        expect(body!.trim()).toBe("");
      }
      for (const [, url] of html.matchAll(/\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi))
        expect(isPackaged(url!), url).toBe(true);
      expect(html).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html).not.toMatch(/http-equiv\s*=\s*["']?refresh/i);
    },
  );
});

describe("permissions", () => {
  it("asks at install only for the documented minimum", () => {
    for (const permission of manifest.permissions ?? []) expect(ALLOWED).toContain(permission);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it("has no host access at install: it is optional, per site, for http(s) only", () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
    for (const host of manifest.optional_host_permissions ?? []) expect(OPTIONAL_HOSTS).toContain(host);
    expect(tableRows.some((row) => /^optional host access/i.test(row))).toBe(true);
  });

  it("runs the content script on web pages only, as the README says", () => {
    for (const script of manifest.content_scripts ?? [])
      for (const match of script.matches) {
        expect(OPTIONAL_HOSTS).toContain(match);
        expect(
          tableRows.some((row) => row.startsWith("content script") && row.includes(`\`${match}\``)),
        ).toBe(true);
      }
  });

  it("explains every permission in the README's table", () => {
    const documented = new Set(tableRows.flatMap((row) => [...row.matchAll(/`([^`]+)`/g)].map((m) => m[1])));
    for (const permission of [...(manifest.permissions ?? []), ...ALLOWED])
      expect(documented.has(permission), `${permission} is not in the README`).toBe(true);
  });
});
