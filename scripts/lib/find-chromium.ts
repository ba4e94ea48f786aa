import { spawnSync } from "node:child_process";
import fs from "node:fs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome-stable", "/usr/bin/google-chrome", "/snap/bin/chromium"];

export const CHROMIUM_HELP = [
  "The end-to-end tests need a Chromium or Chrome browser, and none was found.",
  "  Debian/Ubuntu: sudo apt-get install -y chromium",
  "  Elsewhere:     set CHROMIUM_PATH=/path/to/chromium (or chrome) and run npm test again.",
  "(Playwright's own browser download is never used: it needs internet access this project does not assume.)",
].join("\n");

/** CHROMIUM_PATH first, then the usual system locations. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fs.existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((candidate) => fs.existsSync(candidate)) ?? null;
}

/** On Debian-like machines where we are root, install Debian's chromium package ourselves. */
export function tryInstallChromium(): string | null {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !fs.existsSync("/usr/bin/apt-get") || process.env.CHROMIUM_PATH) return null;
  console.log("Chromium is missing: installing Debian's chromium package (apt-get install -y chromium)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  let result = spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], { stdio: "inherit", env });
  if (result.status !== 0) {
    spawnSync("apt-get", ["update"], { stdio: "inherit", env });
    result = spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], { stdio: "inherit", env });
  }
  return result.status === 0 ? findChromium() : null;
}
