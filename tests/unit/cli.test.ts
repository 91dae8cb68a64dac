import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import glossary from "../../src/data/glossary.json";
import { run } from "../../src/cli/main.ts";
import { scanHtml } from "../../src/cli/scan-html.ts";
import { compileGlossary } from "../../src/core/glossary-index.ts";
import type { Glossary } from "../../src/core/glossary-schema.ts";

const fixture = "tests/fixtures/retro-post.html";
const capture = (argv: string[]) => {
  let out = "";
  const code = run(argv, (s) => (out += s));
  return { code, out };
};

describe("backstride scan", () => {
  it("prints every match with its exact page text and flat-text offsets", () => {
    const { code, out } = capture(["scan", fixture, "--json"]);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.file).toBe(fixture);
    expect(report.matches.map((m: { termId: string; text: string }) => [m.termId, m.text])).toEqual([
      ["backward-running", "retro‑running"],
      ["lateral-knee-pain", "lateral knee pain"],
      ["backward-running", "running backwards"],
      ["center-of-gravity", "centre of\u00a0gravity"],
      ["center-of-gravity", "CoG"],
      ["newtons-third-law", "Newton’s third law"],
      ["iliotibial-band-syndrome", "ITBS"],
      ["center-of-gravity", "CoG"],
      ["knee", "knees"],
      ["hip-flexors", "hip flexors"],
      ["patellofemoral-pain-syndrome", "Patellofemoral pain syndrome"],
      ["patellofemoral-pain-syndrome", "runner's knee"],
    ]);
    const first = report.matches[0];
    expect(first.term).toBe("Backward running");
    expect(first.end - first.start).toBe("retro‑running".length);
  });

  it("prints a table of terms with counts", () => {
    const { out } = capture(["scan", fixture]);
    expect(out).toMatch(/12 matches of 8 terms/);
    expect(out).toMatch(/Center of gravity\s+biomechanics\s+3/);
  });

  it("fails with one clear line on a missing file", () => {
    expect(() => run(["scan", "no/such/file.html"], () => {})).toThrow(
      /cannot read no\/such\/file.html: no such file/,
    );
  });

  it("rejects unknown arguments", () => {
    expect(() => run(["scan", fixture, "--yaml"], () => {})).toThrow(/unexpected arguments/);
  });

  it("works as the built command and exits non-zero on errors", () => {
    const ok = spawnSync("node", ["bin/backstride.mjs", "scan", fixture, "--json"], { encoding: "utf8" });
    expect(ok.stderr).toBe("");
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).matches).toHaveLength(12);
    const missing = spawnSync("node", ["bin/backstride.mjs", "scan", "nope.html"], { encoding: "utf8" });
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split("\n")).toEqual(["backstride: cannot read nope.html: no such file"]);
  });
});

describe("parsing like a browser", () => {
  it("does not count text a browser never shows from a <noscript> in the head", () => {
    const html =
      "<!doctype html><html><head><noscript><p>knee</p></noscript></head><body><p>knee</p></body></html>";
    expect(scanHtml(html, compileGlossary(glossary as Glossary)).matches).toHaveLength(1);
  });
});
