import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Apollo loads graphql's CommonJS build; make our sources use the same copy (one realm for instanceof).
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    include: ["{gateway,subgraphs,packages,portal-web,admin-web,scripts}/**/*.test.{ts,tsx}"],
    exclude: ["**/node_modules/**", "e2e/**", "bench/**"],
    globalSetup: ["test/global-setup.ts"],
    // Tests submit many letters from one address: letter and phone-code limits are off unless a test sets them.
    env: {
      JIYUE_LETTERS_PER_CITIZEN: "0",
      JIYUE_LETTERS_PER_ADDRESS: "0",
      JIYUE_PHONE_CODES_PER_ADDRESS: "0",
    },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    maxWorkers: 2,
  },
});
