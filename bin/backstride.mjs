#!/usr/bin/env node
// The CLI is bundled by `npm run build` (glossary included); this stub only finds it.
import { existsSync } from "node:fs";

const built = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(built)) {
  process.stderr.write("backstride: the CLI is not built yet; run `npm run build` first\n");
  process.exit(1);
}
const { main } = await import(built.href);
main(process.argv.slice(2));
