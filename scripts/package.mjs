// `npm run package`: store-ready zips of both builds, plus the source archive Firefox reviewers
// need because the bundles are minified. Entries are sorted and carry one fixed timestamp, so
// the same checkout always produces byte-identical archives.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { zipSync } from "fflate";

const root = new URL("..", import.meta.url).pathname;
const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
const MTIME = new Date("2026-01-01T00:00:00Z"); // fixed: reproducible archives

if (!process.argv.includes("--no-build")) {
  if (spawnSync("npm", ["run", "--silent", "build"], { cwd: root, stdio: "inherit" }).status !== 0)
    process.exit(1);
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => statSync(f).isFile());
}

function zip(name, base, files) {
  const entries = {};
  for (const file of [...files].sort())
    entries[relative(base, file)] = [readFileSync(file), { mtime: MTIME }];
  const data = zipSync(entries, { level: 9 });
  mkdirSync(join(root, "artifacts"), { recursive: true });
  writeFileSync(join(root, "artifacts", name), data);
  const sha = createHash("sha256").update(data).digest("hex").slice(0, 16);
  console.log(`artifacts/${name}  ${(data.length / 1024).toFixed(0)} KB  sha256:${sha}…`);
}

zip(`backstride-chrome-${version}.zip`, join(root, "dist/chrome"), filesUnder(join(root, "dist/chrome")));
zip(`backstride-firefox-${version}.zip`, join(root, "dist/firefox"), filesUnder(join(root, "dist/firefox")));
const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" })
  .split("\0")
  .filter(Boolean);
zip(
  `backstride-source-${version}.zip`,
  root,
  tracked.map((f) => join(root, f)),
);
