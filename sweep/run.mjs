// `npm run sweep [-- CORPUS_DIR --limit N --firefox-sample N --lanes N --only TEXT]`
// The real-page sweep: see docs/sweep.md (which this writes) for what is checked and why.
import { execFileSync } from "node:child_process";
import console from "node:console";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import process from "node:process";
import { URL, fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { build, snapshot, staleReason } from "./build.mjs";
import { CHROMIUM, ChromiumLane } from "./chromium.mjs";
import { FIREFOX, FirefoxRunner } from "./firefox.mjs";
import { CHECKS, pagePassed, summarise, textReport, writeReports } from "./report.mjs";
import { servePages } from "./server.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const USAGE = `Usage: npm run sweep -- [CORPUS_DIR] [--limit N] [--firefox-sample N] [--lanes N] [--only TEXT] [--page-timeout S] [--build|--no-build] [--keep]

  CORPUS_DIR          a folder of .html pages, or a corpus folder holding pages/
                      (default: $BACKSTRIDE_CORPUS, else ../shared/corpus next to the repository)
  --limit N           only the first N pages, in name order
  --firefox-sample N  pages checked in Firefox too, evenly spaced (default 50; 0: none)
  --lanes N           Chromium instances working in parallel (default 2)
  --only TEXT         only pages whose file name contains TEXT
  --page-timeout S    seconds one page may take before it counts as hung (default 60)
  --build             rebuild even if dist/ looks up to date; --no-build: use dist/ as it is
  --keep              keep the prepared pages (their folder is printed)
`;
const REQUIRE_BROWSERS = process.env.BACKSTRIDE_REQUIRE_BROWSERS === "1";
const REQUIRE_CORPUS = process.env.BACKSTRIDE_REQUIRE_CORPUS === "1";

class UsageError extends Error {}

function parseArgs(argv) {
  const opts = {
    pageMs: 60_000,
    firefoxSample: 50,
    lanes: 2,
    limit: 0,
    only: null,
    build: "auto",
    keep: false,
    dir: null,
  };
  const number = (flag, value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new UsageError(`${flag} needs a whole number, got ${value}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith("--") ? arg.split(/=(.*)/s) : [arg];
    const value = () => inline ?? argv[++i];
    if (flag === "--limit") opts.limit = number(flag, value());
    else if (flag === "--firefox-sample") opts.firefoxSample = number(flag, value());
    else if (flag === "--lanes") opts.lanes = Math.max(1, number(flag, value()));
    else if (flag === "--only") opts.only = value();
    else if (flag === "--page-timeout") opts.pageMs = Math.max(1, number(flag, value())) * 1000;
    else if (flag === "--build") opts.build = "always";
    else if (flag === "--no-build") opts.build = "never";
    else if (flag === "--keep") opts.keep = true;
    else if (flag === "--help" || flag === "-h") opts.help = true;
    else if (!arg.startsWith("-") && opts.dir === null) opts.dir = arg;
    else throw new UsageError(`unknown argument ${arg}`);
  }
  return opts;
}

function corpusPages(opts) {
  const given = opts.dir ?? process.env.BACKSTRIDE_CORPUS ?? join(ROOT, "..", "shared", "corpus");
  const dir = resolve(given);
  if (!existsSync(dir)) return { dir, files: null };
  const pages = existsSync(join(dir, "pages")) ? join(dir, "pages") : dir;
  let files = readdirSync(pages)
    .filter((f) => /\.x?html?$/i.test(f))
    .sort();
  if (opts.only) files = files.filter((f) => f.includes(opts.only));
  if (opts.limit) files = files.slice(0, opts.limit);
  return { dir: pages, files };
}

const git = (...args) => {
  try {
    return execFileSync("git", args, { cwd: ROOT, encoding: "utf8" }).trim();
  } catch {
    return "";
  }
};

/** Evenly spaced in name order, so every source of the corpus is represented. */
function sample(entries, n) {
  const k = Math.min(n, entries.length);
  return Array.from({ length: k }, (_, i) => entries[Math.floor(((i + 0.5) * entries.length) / k)]);
}

function startPreparing(entries, sourceDir, paths) {
  const byFile = new Map(entries.map((e) => [e.file, e]));
  for (const e of entries) e.ready = new Promise((resolve) => (e.prepared = resolve));
  const worker = new Worker(new URL("./prepare-worker.mjs", import.meta.url), {
    workerData: { files: entries.map((e) => e.file), sourceDir, outDir: paths.pages, cliPath: paths.cli },
  });
  const started = Date.now();
  let left = entries.length;
  const done = new Promise((resolve, reject) => {
    worker.on("message", (m) => {
      const e = byFile.get(m.file);
      Object.assign(e, m, m.error ? {} : { served: join(paths.pages, m.file) });
      e.prepared();
      if (--left === 0) resolve(Date.now() - started);
    });
    worker.on("error", (error) => {
      for (const e of entries) {
        e.error ??= `the preparing worker died: ${error.message}`;
        e.prepared();
      }
      reject(error);
    });
  });
  return { worker, done };
}

const notRun = (browser, reason) => ({
  checks: Object.fromEntries(CHECKS[browser].map((c) => [c, { ok: false, detail: reason }])),
  error: reason,
  count: null,
});

function progress(entry, browser, index, total, started) {
  const r = entry[browser];
  if (!pagePassed(r, browser)) {
    const bad = CHECKS[browser].filter((c) => r.checks[c]?.ok !== true);
    const detail = bad.map((c) => `${c}: ${r.checks[c]?.detail ?? "not run"}`).join("; ");
    console.log(`  FAIL ${browser} ${entry.file} — ${detail.slice(0, 400)}`);
  }
  if ((index + 1) % 25 === 0 || index + 1 === total)
    console.log(`  ${browser}: ${index + 1}/${total} pages, ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

async function runChromium(entries, paths, opts, run) {
  const started = Date.now();
  const lanes = [];
  try {
    for (let i = 0; i < Math.min(opts.lanes, entries.length); i++) {
      const server = await servePages(entries);
      const lane = new ChromiumLane(`lane ${i + 1}`, paths.chrome, server, opts.pageMs);
      lanes.push(lane); // before it starts, so a failed start is still cleaned up
      await lane.start();
      run.canaries[`Chromium ${lane.name}`] = await lane.canary();
    }
    run.browsers.push(lanes[0].version);
    let next = 0;
    let finished = 0;
    await Promise.all(
      lanes.map(async (lane) => {
        while (next < entries.length) {
          const entry = entries[next++];
          await entry.ready;
          entry.chromium = entry.served
            ? await lane.check(entry)
            : notRun("chromium", `the page could not be prepared: ${entry.error}`);
          progress(entry, "chromium", finished++, entries.length, started);
        }
      }),
    );
    for (const lane of lanes) {
      for (const path of lane.extensionPages) run.extensionPages.add(path);
      for (const v of lane.laneViolations)
        run.problems.push(`Chromium ${lane.name}: ${v.by} requested ${v.method} ${v.url}`);
    }
  } finally {
    for (const lane of lanes) {
      await lane.close();
      await lane.server.close();
    }
  }
  return Date.now() - started;
}

async function runFirefox(chosen, paths, opts, run) {
  const started = Date.now();
  const server = await servePages(chosen);
  const firefox = new FirefoxRunner(paths.firefox, server, opts.pageMs);
  try {
    await firefox.start();
    run.browsers.push(`Firefox ${firefox.version.replace(/^firefox\//, "")}`);
    run.canaries.Firefox = await firefox.canary();
    for (const [i, entry] of chosen.entries()) {
      await entry.ready;
      entry.firefox = entry.served
        ? await firefox.check(entry)
        : notRun("firefox", `the page could not be prepared: ${entry.error}`);
      progress(entry, "firefox", i, chosen.length, started);
    }
  } finally {
    await firefox.close();
    await server.close();
  }
  return Date.now() - started;
}

function pageRecord(e) {
  const clean = (r) => {
    if (!r) return undefined;
    const { step, hung, abandoned: _, ...rest } = r;
    return r.error ? { ...rest, step, hung } : rest;
  };
  return {
    file: e.file,
    bytes: e.bytes,
    servedBytes: e.servedBytes,
    charset: e.charset,
    scriptsRemoved: e.scriptsRemoved,
    cliCount: e.cliCount,
    cliWarnings: e.cliWarnings,
    prepareError: e.error,
    chromium: clean(e.chromium),
    firefox: clean(e.firefox),
  };
}

async function main() {
  const started = Date.now();
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  const { dir, files } = corpusPages(opts);
  if (!files) {
    console.log(`sweep skipped: no corpus at ${dir} (pass a folder of pages, or set BACKSTRIDE_CORPUS)`);
    return REQUIRE_CORPUS ? 2 : 0;
  }
  if (files.length === 0) throw new Error(`no .html pages in ${dir}`);
  if (!existsSync(CHROMIUM)) {
    const text = `sweep skipped: Chromium not found at ${CHROMIUM} (apt-get install -y chromium, or set BACKSTRIDE_CHROMIUM)`;
    console.log(text);
    return REQUIRE_BROWSERS ? 2 : 0;
  }
  const reason = opts.build === "always" ? "--build" : opts.build === "never" ? null : staleReason(ROOT);
  if (reason) {
    console.log(`building (${reason})…`);
    build(ROOT);
  }
  const work = mkdtempSync(join(tmpdir(), "backstride-sweep-"));
  process.once("SIGINT", () => {
    rmSync(work, { recursive: true, force: true });
    process.exit(130);
  });
  const run = {
    generatedAt: new Date().toISOString(),
    command: ["npm run sweep", ...(process.argv.length > 2 ? ["--", ...process.argv.slice(2)] : [])].join(
      " ",
    ),
    corpus: dir.startsWith(`${resolve(ROOT, "..")}/`) ? relative(ROOT, dir) : dir,
    totalPages: files.length,
    limit: opts.limit || null,
    lanes: Math.min(opts.lanes, files.length),
    commit: git("rev-parse", "--short", "HEAD") || "unknown",
    dirty: git("status", "--porcelain", "--", "src", "manifest.json", "scripts") !== "",
    browsers: [],
    canaries: {},
    problems: [],
    extensionPages: new Set(),
  };
  try {
    const paths = snapshot(ROOT, work);
    const entries = files.map((file) => ({ file }));
    console.log(`sweep: ${entries.length} pages from ${dir}`);
    const preparing = startPreparing(entries, dir, paths);
    run.chromiumMs = await runChromium(entries, paths, opts, run);
    run.prepareMs = await preparing.done;
    await preparing.worker.terminate();

    const chosen = sample(entries, opts.firefoxSample);
    run.firefoxSample = chosen.map((e) => e.file);
    run.firefoxMs = 0;
    if (chosen.length && existsSync(FIREFOX)) run.firefoxMs = await runFirefox(chosen, paths, opts, run);
    else if (chosen.length) {
      const text = `Firefox not found at ${FIREFOX}: the Firefox sample was not checked`;
      console.log(text);
      if (REQUIRE_BROWSERS) run.problems.push(text);
    }

    run.ms = Date.now() - started;
    run.summary = { chromium: summarise(entries, "chromium") };
    if (entries.some((e) => e.firefox)) run.summary.firefox = summarise(entries, "firefox");
    const scripted = entries.filter((e) => e.chromium?.scriptsLeft || e.firefox?.scriptsLeft);
    if (scripted.length)
      run.problems.push(
        `<script> elements left in the served page: ${scripted.map((e) => e.file).join(", ")}`,
      );
    for (const [name, outcome] of Object.entries(run.canaries))
      for (const [detector, caught] of Object.entries(outcome))
        if (!caught)
          run.problems.push(`${name}: the self-test was not caught (${detector}): that detector is blind`);
    run.ok =
      run.problems.length === 0 && Object.values(run.summary).every((s) => s.failed === 0 && s.pages > 0);
    run.extensionPages = [...run.extensionPages];
    run.pages = entries.map(pageRecord);
    await writeReports(run, join(ROOT, "sweep", "results.json"), join(ROOT, "docs", "sweep.md"));
    console.log(textReport(run));
    console.log("written: docs/sweep.md, sweep/results.json");
    return run.ok ? 0 : 1;
  } finally {
    if (opts.keep) console.log(`prepared pages kept in ${work}/pages`);
    else rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    if (error instanceof UsageError) console.error(`sweep: ${error.message}\n\n${USAGE}`);
    else console.error(`sweep: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
    process.exit(2);
  },
);
