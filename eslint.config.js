import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";

// `pnpm lint` = this file, then scripts/check-boundaries.mjs (import cycles and package boundaries).
// Every file gets the untyped rules; .ts files also get typescript-eslint's type-aware rules, against one
// program (tsconfig.eslint.json: packages/*/src, test/, vitest.config.ts). A .ts file outside that program
// is a parse error, not a silent skip, so add new .ts locations to tsconfig.eslint.json.
export default defineConfig(
  globalIgnores(["**/dist/**", "**/node_modules/**", "bench/results/**", "bench/scratch/**", "packages/proto/generated/**"]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: "readonly", process: "readonly", performance: "readonly", URL: "readonly", Buffer: "readonly", setTimeout: "readonly", clearTimeout: "readonly", TextDecoder: "readonly", TextEncoder: "readonly" } },
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/consistent-type-imports": "error",
      "no-constant-condition": ["error", { checkLoops: false }],
      // `const { dropped, ...rest } = x` is how an immutable update leaves a field out.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true }],
    },
  },
  {
    files: ["**/*.{ts,mts,cts}"],
    extends: [tseslint.configs.recommendedTypeCheckedOnly],
    languageOptions: {
      parserOptions: { project: ["./tsconfig.eslint.json"], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // The point of typed linting here: a promise nobody awaits or catches, or an async function handed to
      // something that ignores what it returns (event handlers, timers), loses its rejection.
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      // Off, with reasons. Our non-null assertions (`xs[i]!`) are redundant only while noUncheckedIndexedAccess
      // is off; removing them would have to be undone to turn it on.
      "@typescript-eslint/no-unnecessary-type-assertion": "off",
      // Async methods that implement a Promise-returning interface without awaiting (the in-process transport,
      // MemoryJournal) are the pattern, not a mistake.
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    // Tests lean on `any` by design: vitest's asymmetric matchers (expect.objectContaining, expect.any) are
    // typed `any`, and tests JSON.parse what they read back.
    files: ["**/*.test.ts", "test/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
);
