import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { parentPort, workerData } from "node:worker_threads";
import { stripScripts } from "./prepare.mjs";

// A worker thread, so jsdom's synchronous parsing never blocks the browser lanes' timers:
// for each page, writes the scripts-removed bytes and runs `backstride scan FILE --json` on that
// file through the CLI's own entry point (run(argv, out) of the built dist/cli/main.js: the same
// code as bin/backstride.mjs, without starting a Node process per page).

const { files, sourceDir, outDir, cliPath } = workerData;

// What the CLI prints besides its report (jsdom's "Could not parse CSS stylesheet", for one) is
// caught here and counted per page, instead of flooding the sweep's output.
let warnings = [];
globalThis.console.error = globalThis.console.warn = (...args) =>
  void warnings.push(args.map(String).join(" "));
const { run } = await import(pathToFileURL(cliPath).href);

for (const file of files) {
  const started = performance.now();
  const result = { file };
  try {
    const source = readFileSync(join(sourceDir, file));
    const { bytes, charset, removed } = stripScripts(source);
    const served = join(outDir, file);
    writeFileSync(served, bytes);
    Object.assign(result, {
      bytes: source.length,
      servedBytes: bytes.length,
      charset,
      scriptsRemoved: removed,
    });
    const prepMs = performance.now() - started;
    let out = "";
    warnings = [];
    const code = run(["scan", served, "--json"], (s) => (out += s));
    if (code !== 0) throw new Error(`backstride scan exited with ${code}: ${out.slice(0, 200)}`);
    const report = JSON.parse(out);
    Object.assign(result, {
      prepMs,
      scanMs: performance.now() - started - prepMs,
      cliCount: report.matches.length,
      cliTexts: report.matches.map((m) => m.text),
    });
    if (warnings.length) result.cliWarnings = { count: warnings.length, first: warnings[0].slice(0, 200) };
  } catch (error) {
    result.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
  }
  parentPort.postMessage(result);
}
