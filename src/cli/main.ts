import { readFileSync, statSync } from "node:fs";
import glossaryData from "../data/glossary.json";
import { compileGlossary, termsById } from "../core/glossary-index.ts";
import { parseGlossary } from "../core/glossary-schema.ts";
import { decodeHtml } from "./decode-html.ts";
import { jsonReport, tableReport } from "./report.ts";
import { scanHtml } from "./scan-html.ts";

const USAGE = `Usage: backstride scan FILE [--json]

Finds running and biomechanics terms in a local HTML file, with the same engine as the extension.
  --json   print {"file", "matches": [{"term", "termId", "text", "start", "end"}]}
`;

class UsageError extends Error {}

function readHtml(file: string): string {
  let bytes: Uint8Array;
  try {
    if (statSync(file).isDirectory()) throw new UsageError(`cannot read ${file}: it is a directory`);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : String(error);
    throw new UsageError(`cannot read ${file}: ${reason}`);
  }
  return decodeHtml(bytes);
}

export function run(argv: string[], out: (s: string) => void): number {
  const args = argv.filter((a) => !a.startsWith("--"));
  const flags = new Set(argv.filter((a) => a.startsWith("--")));
  if (flags.has("--help") || args.length === 0) {
    out(USAGE);
    return args.length === 0 && !flags.has("--help") ? 2 : 0;
  }
  const unknown = [...flags].filter((f) => f !== "--json");
  if (args[0] !== "scan" || args.length !== 2 || unknown.length > 0) {
    throw new UsageError(`unexpected arguments: ${argv.join(" ")}\n${USAGE}`);
  }
  const file = args[1]!;
  const parsed = parseGlossary(glossaryData);
  if (!parsed.ok) throw new Error(`the bundled glossary is invalid: ${parsed.errors.join("; ")}`);
  const scan = scanHtml(readHtml(file), compileGlossary(parsed.value));
  const terms = termsById(parsed.value);
  out(
    flags.has("--json")
      ? `${JSON.stringify(jsonReport(file, scan, terms))}\n`
      : tableReport(file, scan, terms),
  );
  return 0;
}

export function main(argv: string[]): void {
  try {
    process.exitCode = run(argv, (s) => process.stdout.write(s));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`backstride: ${message.split("\n")[0]}\n`);
    if (error instanceof UsageError && message.includes("\n"))
      process.stderr.write(message.slice(message.indexOf("\n") + 1));
    process.exitCode = error instanceof UsageError ? 2 : 1;
  }
}
