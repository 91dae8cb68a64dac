import { resolve } from "node:path";
import { type Plugin, defineConfig } from "vitest/config";

// One config, several builds: `vite build --mode <entry>` for each extension script (classic
// IIFE bundles, because MV3 content scripts cannot be modules) and for the Node CLI.
// scripts/build.mjs runs them in order and writes the two manifests.

const root = import.meta.dirname;
const I18N_SETUP = resolve(root, "tests/support/setup-i18n.ts");

/**
 * Preact can set innerHTML for `dangerouslySetInnerHTML`, which Backstride never uses (lint
 * forbids it). Rewriting that one assignment to textContent makes the bundles provably free of
 * HTML injection, and keeps web-ext lint and store reviewers from flagging it.
 */
function textOnlyPreact(): Plugin {
  return {
    name: "text-only-preact",
    transform(code, id) {
      if (!id.includes("/node_modules/preact/")) return null;
      const out = code.replace(/(\b[\w$]+)\.innerHTML\s*=\s*([\w$]+)\.__html/g, "$1.textContent=$2.__html");
      return out === code ? null : { code: out, map: null };
    },
  };
}

const scripts: Record<string, string> = {
  content: "src/content/index.ts",
  background: "src/background/index.ts",
};

export default defineConfig(({ mode }) => {
  // Preact's automatic JSX runtime for every build (content-script card, popup, options).
  const shared = {
    plugins: [textOnlyPreact()],
    root,
    oxc: { jsx: { runtime: "automatic" as const, importSource: "preact" } },
  };
  if (mode in scripts) {
    return {
      ...shared,
      publicDir: false,
      build: {
        outDir: "dist/chrome",
        emptyOutDir: false,
        target: ["chrome120", "firefox140"],
        sourcemap: false,
        lib: {
          entry: resolve(root, scripts[mode]!),
          formats: ["iife"],
          name: `backstride_${mode}`,
          fileName: () => `${mode}.js`,
        },
      },
    };
  }
  if (mode === "pages") {
    // Extension pages may be ES modules; shared chunks are fine here.
    return {
      ...shared,
      root: resolve(root, "src/ui"),
      publicDir: false,
      base: "./",
      build: {
        outDir: resolve(root, "dist/chrome"),
        emptyOutDir: false,
        target: ["chrome120", "firefox140"],
        modulePreload: { polyfill: false },
        rolldownOptions: {
          input: {
            popup: resolve(root, "src/ui/popup/index.html"),
            options: resolve(root, "src/ui/options/index.html"),
            welcome: resolve(root, "src/ui/welcome/index.html"),
          },
        },
      },
    };
  }
  if (mode === "cli") {
    return {
      ...shared,
      publicDir: false,
      build: {
        outDir: "dist/cli",
        emptyOutDir: true,
        target: "node20",
        ssr: resolve(root, "src/cli/main.ts"),
        rolldownOptions: { output: { entryFileNames: "main.js" } },
      },
    };
  }
  return {
    ...shared,
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: "unit",
            include: ["tests/unit/**/*.test.ts"],
            environment: "node",
            setupFiles: [I18N_SETUP],
            // Generous: property tests and jsdom run slowly on a busy two-core machine.
            testTimeout: 30_000,
          },
        },
        {
          extends: true,
          test: {
            name: "dom",
            include: ["tests/dom/**/*.test.ts"],
            environment: "jsdom",
            setupFiles: [I18N_SETUP],
            // Generous: property tests and jsdom run slowly on a busy two-core machine.
            testTimeout: 30_000,
          },
        },
        {
          // Real browsers with the built extension: `npm test` builds first.
          extends: true,
          test: {
            name: "e2e",
            include: ["tests/e2e/**/*.test.ts"],
            environment: "node",
            testTimeout: 60_000,
            hookTimeout: 60_000,
          },
        },
        {
          extends: true,
          test: {
            name: "corpus",
            include: ["tests/corpus/**/*.test.ts"],
            environment: "node",
            testTimeout: 600_000,
          },
        },
      ],
    },
  };
});
