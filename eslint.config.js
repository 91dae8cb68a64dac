import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

const noRawHtml = [
  {
    selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]",
    message: "Render text, never HTML.",
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: "Render text, never HTML.",
  },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "Render text, never HTML." },
];

export default tseslint.config(
  { ignores: ["dist/", "artifacts/", "coverage/", "demo-output/", "node_modules/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "no-restricted-syntax": ["error", ...noRawHtml],
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["scripts/**", "bin/**", "bench/**", "tests/**", "*.config.*"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The core is pure: it runs in Node for the CLI, the benchmark and the tests.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...["window", "document", "browser", "chrome", "navigator", "Node", "Range", "Element", "CSS"].map(
          (name) => ({ name, message: "src/core must not touch the DOM or browser APIs." }),
        ),
      ],
    },
  },
  {
    // Only the platform adapter talks to the extension API.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/platform/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: ["webextension-polyfill"] }],
    },
  },
  {
    // Declared after the rule above so it wins for the core: no DOM-side modules either.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["webextension-polyfill"],
          patterns: ["**/dom/**", "**/platform/**", "**/content/**", "**/ui/**"],
        },
      ],
    },
  },
);
