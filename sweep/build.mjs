import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, statSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";

// `npm run build` when dist/ is missing or older than its sources; then a private copy of the
// build, so a rebuild by someone else during the sweep (it empties dist/) cannot pull the
// extension out from under the browsers.

const INPUTS = ["src", "scripts", "icons", "manifest.json", "vite.config.ts", "package.json"];
const OUTPUTS = ["dist/chrome/manifest.json", "dist/firefox/manifest.json", "dist/cli/main.js"];

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

/** Why dist/ must be rebuilt, or null when it is up to date. */
export function staleReason(root) {
  const missing = OUTPUTS.find((p) => !existsSync(join(root, p)));
  if (missing) return `${missing} is missing`;
  const built = Math.min(...OUTPUTS.map((p) => statSync(join(root, p)).mtimeMs));
  const changed = INPUTS.filter((p) => existsSync(join(root, p)) && newest(join(root, p)) > built);
  return changed.length ? `${changed.join(", ")} changed since the last build` : null;
}

export function build(root) {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const run = spawnSync(npm, ["run", "build", "--silent"], { cwd: root, stdio: "inherit" });
  if (run.status !== 0) throw new Error(`npm run build failed (exit ${run.status})`);
}

/** Copies the three builds into `workDir`; the CLI finds its packages through a node_modules link. */
export function snapshot(root, workDir) {
  for (const dir of ["chrome", "firefox", "cli"])
    cpSync(join(root, "dist", dir), join(workDir, dir), { recursive: true });
  for (const p of OUTPUTS) {
    if (!existsSync(join(workDir, p.replace(/^dist\//, ""))))
      throw new Error(`${p} vanished while it was copied (a concurrent build?)`);
  }
  symlinkSync(join(root, "node_modules"), join(workDir, "node_modules"), "dir");
  mkdirSync(join(workDir, "pages"));
  return {
    chrome: join(workDir, "chrome"),
    firefox: join(workDir, "firefox"),
    cli: join(workDir, "cli", "main.js"),
    pages: join(workDir, "pages"),
  };
}
