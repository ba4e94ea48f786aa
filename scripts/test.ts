// `npm test`: lint and types, then unit, integration (real PostgreSQL) and end-to-end
// (Playwright + Chromium) tests. `--only lint|unit|integration|e2e` runs one layer; any other arguments go to that layer's runner,
// e.g. `npm run test:e2e -- tests/e2e/auth.spec.ts`.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { CHROMIUM_HELP, findChromium, tryInstallChromium } from "./lib/find-chromium";

const root = path.resolve(__dirname, "..");
const args = process.argv.slice(2);
const onlyIndex = args.indexOf("--only");
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;
const passThrough = onlyIndex >= 0 ? args.filter((_, i) => i !== onlyIndex && i !== onlyIndex + 1) : [];
const layers = ["lint", "unit", "integration", "e2e"] as const;
if (only && !layers.includes(only as (typeof layers)[number])) {
  console.error(`--only: expected one of ${layers.join(", ")} (got "${only}")`);
  process.exit(2);
}
const wants = (layer: (typeof layers)[number]) => !only || only === layer;

function run(title: string, command: string, commandArgs: string[], env: Record<string, string> = {}) {
  const started = Date.now();
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✖ ${title} failed after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${title} passed in ${seconds} s`);
}

const started = Date.now();
// Locate the browser first: better to say what is missing now than after the slower layers.
let chromium: string | null = null;
if (wants("e2e")) {
  chromium = findChromium() ?? tryInstallChromium();
  if (!chromium) {
    console.error(`\n${CHROMIUM_HELP}\n`);
    process.exit(1);
  }
}
const vitest = path.join(root, "node_modules", "vitest", "vitest.mjs");
if (wants("lint")) {
  run("Lint (ESLint, type-aware)", process.execPath, [path.join(root, "node_modules", "eslint", "bin", "eslint.js"), ".", ...(only ? passThrough : [])]);
  run("Types (tsc)", process.execPath, [path.join(root, "node_modules", "typescript", "bin", "tsc"), "--noEmit"]);
}
if (wants("unit")) run("Unit tests (vitest)", process.execPath, [vitest, "run", "--project", "unit", ...(only ? passThrough : [])]);
if (wants("integration")) run("Integration tests (vitest + PostgreSQL)", process.execPath, [vitest, "run", "--project", "integration", ...(only ? passThrough : [])]);
if (wants("e2e")) {
  // A fresh data folder per run: the e2e portal starts exactly like `npm start` on a new machine.
  fs.rmSync(path.join(root, ".tmp", "e2e-data"), { recursive: true, force: true });
  const playwright = path.join(root, "node_modules", "@playwright", "test", "cli.js");
  // When tsc passed above, the e2e build need not check the same types again (next.config.js).
  const typesChecked: Record<string, string> = wants("lint") ? { PORTAL_TYPES_CHECKED: "1" } : {};
  run(`End-to-end tests (Playwright, ${chromium})`, process.execPath, [playwright, "test", ...(only ? passThrough : [])], { CHROMIUM_PATH: chromium!, ...typesChecked });
}
console.log(`\nAll requested tests passed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
