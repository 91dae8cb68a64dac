// `npm run build`: the two unpacked extensions (dist/chrome, dist/firefox) and the Node CLI
// (dist/cli), all from one source tree. Each Vite build is one entry, because content and
// background scripts must be classic self-contained scripts (IIFE), not ES modules.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { build } from "vite";
import { chromeManifest, firefoxManifest } from "./manifests.mjs";

const root = new URL("..", import.meta.url);
const at = (p) => new URL(p, root).pathname;

rmSync(at("dist"), { recursive: true, force: true });
for (const mode of ["content", "background", "pages", "cli"]) {
  await build({ configFile: at("vite.config.ts"), mode, logLevel: "warn" });
}

const version = JSON.parse(readFileSync(at("package.json"), "utf8")).version;
const source = JSON.parse(readFileSync(at("manifest.json"), "utf8"));
const chrome = at("dist/chrome/");
mkdirSync(`${chrome}icons`, { recursive: true });
for (const size of [16, 32, 48, 128]) cpSync(at(`icons/icon-${size}.png`), `${chrome}icons/icon-${size}.png`);
cpSync(at("src/content/highlight.css"), `${chrome}content.css`);
cpSync(at("src/locales"), `${chrome}_locales`, { recursive: true });
writeFileSync(`${chrome}manifest.json`, `${JSON.stringify(chromeManifest(source, version), null, 2)}\n`);

const firefox = at("dist/firefox/");
cpSync(chrome, firefox, { recursive: true });
writeFileSync(`${firefox}manifest.json`, `${JSON.stringify(firefoxManifest(source, version), null, 2)}\n`);

console.log(`built Backstride ${version}: dist/chrome, dist/firefox, dist/cli`);
