import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

// "server-only" throws when imported outside Next's server bundles; tests are server code.
const alias = { "@": root, "server-only": path.join(root, "tests/support/empty-module.ts") };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.{ts,tsx}", "prisma/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          environment: "node",
          // Some tests feed 100,000-entry histories or thousands of property runs: ~1-2 s alone, but
          // over vitest's 5 s default on a busy 2-core machine (a fresh clone's run failed so). Speed
          // is measured by `npm run bench`, never by a test's timeout.
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["**/*.int.test.ts"],
          exclude: ["node_modules/**", ".data/**", ".tmp/**"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          // One PostgreSQL database is shared by the run: keep files sequential.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
