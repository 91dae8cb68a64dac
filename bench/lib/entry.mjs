// What the benchmarks use from the project's TypeScript sources, bundled once by engine.mjs: the
// same modules the extension and the CLI ship, not copies.
export { Matcher } from "../../src/core/matcher.ts";
export { buildTrie, compileMatcher } from "../../src/core/trie-builder.ts";
export { decodeTrie, encodeTrie } from "../../src/core/compiled-trie.ts";
export { formsOf } from "../../src/core/glossary-index.ts";
export { parseGlossary } from "../../src/core/glossary-schema.ts";
export { buildTextModel } from "../../src/dom/text-model.ts";
export { PageAnnotator } from "../../src/dom/page-annotator.ts";
export { decodeHtml } from "../../src/cli/decode-html.ts";
export { default as glossaryData } from "../../src/data/glossary.json";
