import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { UserFacingError } from "./user-facing-error";

const root = path.resolve(__dirname, "..", "..");
const SOURCES = ["app", "lib", "i18n", "messages", "public", "generated", "proxy.ts", "next.config.js", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];

/**
 * `npm start` serves a production build. It builds on the first start and again whenever a
 * source file changed since the last build (size + mtime fingerprint), so a fresh clone and a
 * `git pull` both just work.
 */
export async function buildIfNeeded(distDir: string, onSpawn: (child: ChildProcess) => void = () => {}, env: Record<string, string> = {}): Promise<void> {
  const fingerprint = sourceFingerprint();
  const stampFile = path.join(root, distDir, "portal-source-fingerprint");
  const hasBuild = fs.existsSync(path.join(root, distDir, "BUILD_ID"));
  if (hasBuild && fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === fingerprint) return;
  console.log(hasBuild ? "Sources changed since the last build: rebuilding…" : "Building the portal (first start only)…");
  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
  // Asynchronous, so Ctrl-C during a build still reaches the start script's shutdown.
  const child = spawn(process.execPath, [nextBin, "build"], {
    cwd: root,
    stdio: "inherit",
    // `env`: the database the help center's pages are prerendered from, and the public URL for
    // their canonical links (the start script prepares both before building).
    env: { ...process.env, ...env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  onSpawn(child);
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) throw new UserFacingError("`next build` failed: see the messages above.");
  // Taken again after the build: `next build` adds this build folder to tsconfig.json's
  // "include" when it is not listed yet, and a stamp from before would then make the next start
  // rebuild, into the folder a running portal is serving from (an e2e run's second portal did).
  fs.writeFileSync(stampFile, sourceFingerprint());
}

function sourceFingerprint(): string {
  const hash = crypto.createHash("sha256");
  const visit = (relative: string) => {
    const full = path.join(root, relative);
    if (!fs.existsSync(full)) return;
    const stat = fs.statSync(full);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(full).sort()) visit(path.join(relative, name));
    } else if (!/\.test\.tsx?$/.test(relative)) {
      hash.update(`${relative}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  };
  SOURCES.forEach(visit);
  return hash.digest("hex");
}
