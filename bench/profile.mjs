// `node bench/profile.mjs <page.html>… [--dist DIR]`: where Backstride's time goes on given pages.
//
// Builds the content script unminified (so that the profile shows the source's function names)
// over a copy of the extension, loads each page (served as in `npm run bench`) with the V8
// sampling profiler on, and prints the self time of the functions that ran between the content
// script's start and the end of the `backstride:annotate` measure (Backstride's functions and the
// browser's native DOM functions they called), then for `--after` ms more (default 2500: the
// idle-time work Backstride schedules after the pass, with a 2 s timeout).
import { cpSync, rmSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { build } from "vite";
import { launchWithExtension } from "./lib/browser.mjs";
import { parseArgs } from "./lib/corpus.mjs";
import { loadEngine } from "./lib/engine.mjs";
import { ensureExtension } from "./lib/extension.mjs";
import { CACHE, ROOT } from "./lib/paths.mjs";
import { awaitAnnotateMeasure } from "./lib/probes.mjs";
import { servedHtml, startPageServer } from "./lib/serve.mjs";
import { round } from "./lib/stats.mjs";

const options = parseArgs(process.argv.slice(2), { dist: null, top: 25, after: 2500 });
const files = process.argv
  .slice(2)
  .filter((a, i, all) => !a.startsWith("--") && !all[i - 1]?.startsWith("--"));
if (!files.length) {
  console.log("usage: node bench/profile.mjs <page.html>… [--dist DIR] [--top N]");
  process.exit(1);
}

const engine = await loadEngine();
const extension = await ensureExtension(options.dist);
const dir = join(CACHE, "profile-extension");
rmSync(dir, { recursive: true, force: true });
cpSync(extension.dir, dir, { recursive: true });
await build({
  configFile: join(ROOT, "vite.config.ts"),
  mode: "content",
  logLevel: "warn",
  build: { outDir: dir, emptyOutDir: false, minify: false },
});

const server = await startPageServer();
const browser = await launchWithExtension(dir);
const page = await browser.context.newPage();
const cdp = await browser.context.newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
for (const file of files) {
  const url = server.publish(basename(file), servedHtml(resolve(file), engine.decodeHtml).html);
  await cdp.send("Profiler.start");
  await page.goto(url, { waitUntil: "domcontentloaded" });
  const measure = await page.evaluate(awaitAnnotateMeasure, 30_000);
  const { profile } = await cdp.send("Profiler.stop");
  console.log(`\n${basename(file)}: backstride:annotate ${round(measure?.duration)} ms`);
  console.log("  up to the end of the measure:");
  report(profile, browser.extensionId);
  await cdp.send("Profiler.start");
  await page.waitForTimeout(options.after);
  console.log(`  the next ${options.after} ms:`);
  report((await cdp.send("Profiler.stop")).profile, browser.extensionId);
}
await browser.close();
await server.close();

/** Self time per function, for the samples whose stack runs through the content script. */
function report(profile, extensionId) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = (n) => n.callFrame.url.startsWith(`chrome-extension://${extensionId}/`);
  const inContentScript = new Map();
  const viaUs = (id) => {
    if (inContentScript.has(id)) return inContentScript.get(id);
    const n = nodes.get(id);
    const value = !!n && (ours(n) || (parent.has(id) && viaUs(parent.get(id))));
    inContentScript.set(id, value);
    return value;
  };
  const self = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    if (!viaUs(id)) return;
    const n = nodes.get(id);
    const dt = (profile.timeDeltas[i + 1] ?? 100) / 1000;
    const name = `${n.callFrame.functionName || "(anonymous)"}${ours(n) ? ` content.js:${n.callFrame.lineNumber + 1}` : " [browser]"}`;
    self.set(name, (self.get(name) ?? 0) + dt);
    total += dt;
  });
  console.log(`  ${round(total)} ms of samples under the content script; self time:`);
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, options.top)) {
    console.log(
      `  ${String(round(ms)).padStart(8)} ms  ${String(Math.round((ms / total) * 100)).padStart(3)}%  ${name}`,
    );
  }
}
