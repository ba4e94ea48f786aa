import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { findChromium } from "./find-chromium";

export type LighthouseFigures = { score: number; lcpMs: number };

/** One Lighthouse mobile run against `url`, in a fresh Chromium (scripts/lib/lighthouse-run.mjs). */
export async function lighthouseMobile(url: string): Promise<LighthouseFigures> {
  const script = path.join(__dirname, "lighthouse-run.mjs");
  const { stdout } = await promisify(execFile)(process.execPath, [script, url, findChromium() ?? "/usr/bin/chromium"], { timeout: 120_000 });
  const figures = JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as { score?: number; lcpMs?: number | null };
  if (typeof figures.score !== "number" || typeof figures.lcpMs !== "number") throw new Error(`unexpected Lighthouse output: ${stdout.slice(0, 200)}`);
  return { score: figures.score, lcpMs: figures.lcpMs };
}
