import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "./scripts/lib/find-chromium";

const port = Number(process.env.E2E_PORT ?? 3123);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // Per test. Two workers, the portal, PostgreSQL and two browsers share 2 cores: journeys that
  // take 8-20 s alone reached 31-32 s in fresh-clone runs, each step uniformly slow (traces).
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  outputDir: ".tmp/test-results",
  use: {
    baseURL,
    locale: "zh-CN",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: findChromium() ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  // The real `npm start` path (embedded PostgreSQL, migrations, demo seed, production build),
  // on its own data folder, port and build folder so it never touches a running portal.
  webServer: {
    command: "npx tsx scripts/start.ts",
    url: `${baseURL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      DATA_DIR: process.env.E2E_DATA_DIR ?? path.join(".tmp", "e2e-data"),
      // E2E_DIST_DIR lets two checkouts or runs on one machine build apart.
      NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-e2e",
      NEXTAUTH_URL: baseURL,
      DATABASE_URL: "",
    },
  },
});
