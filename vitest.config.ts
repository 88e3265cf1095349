import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["{gateway,subgraphs,packages,portal-web,admin-web,scripts}/**/*.test.{ts,tsx}"],
    exclude: ["**/node_modules/**", "e2e/**", "bench/**"],
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    maxWorkers: 2,
  },
});
