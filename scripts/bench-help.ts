// `npm run bench -- help`: the help center's two targets.
//  1. search server time (searchArticles, in process) on 1,000 generated articles per language
//     in a throwaway PostgreSQL: p50 and p99, target p99 <= 50 ms;
//  2. an article page's requests/s beside the home page's, through the real start script on a
//     throwaway data folder (25 connections, gzip, warm-up then the median of 3 interleaved runs),
//     target: the article at least as fast as `/`.
import autocannon from "autocannon";
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "./lib/free-port";
import { startScratchDatabase } from "./lib/scratch-database";
import { waitForServer } from "./lib/wait-for-server";

const root = path.resolve(__dirname, "..");
const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
const SECONDS = Number(process.env.BENCH_PAGES_SECONDS ?? 5);
const ARTICLE = "/faq/credit-record";

export type HelpBenchResult = { searchP50: number; searchP99: number; homeRps: number; articleRps: number; pass: boolean };

export async function benchSearch(): Promise<{ p50: number; p99: number }> {
  const { url, stop } = await startScratchDatabase({ prefix: "portal-bench-help-", database: "bench_help" });
  try {
    const seed = spawnSync(process.execPath, [tsx, "prisma/seed.ts"], { cwd: root, env: { ...process.env, DATABASE_URL: url }, stdio: "inherit" });
    if (seed.status !== 0) throw new Error("seeding the demo data failed");
    const run = spawnSync(process.execPath, ["--conditions", "react-server", "--import", "tsx", "scripts/bench-help-search.ts"], { cwd: root, env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });
    if (run.status !== 0) throw new Error(`the search benchmark failed:\n${run.stderr}`);
    return JSON.parse(run.stdout.trim().split("\n").at(-1)!) as { p50: number; p99: number };
  } finally {
    await stop();
  }
}

async function rps(url: string): Promise<number> {
  const result = await autocannon({ url, connections: 25, duration: SECONDS, headers: { "accept-encoding": "gzip", "accept-language": "zh-CN" } });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return result.requests.average;
}

async function benchPages(): Promise<{ home: number; article: number }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-bench-help-start-"));
  fs.chmodSync(dataDir, 0o755);
  const port = await findFreePort();
  const child = spawn(process.execPath, [tsx, "scripts/start.ts"], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: "", NEXT_DIST_DIR: ".next" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForServer(`${base}/api/health`, child, 600);
    await rps(base + "/");
    await rps(base + ARTICLE);
    const home: number[] = [];
    const article: number[] = [];
    for (let i = 0; i < 3; i++) {
      home.push(await rps(base + "/"));
      article.push(await rps(base + ARTICLE));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[1]!;
    return { home: median(home), article: median(article) };
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function benchHelp(): Promise<HelpBenchResult> {
  const search = await benchSearch();
  const pages = await benchPages();
  const result = { searchP50: search.p50, searchP99: search.p99, homeRps: pages.home, articleRps: pages.article, pass: search.p99 <= 50 && pages.article >= pages.home * 0.95 };
  console.log(`\nHelp center
  search on 1,000 articles per language: p50 ${search.p50.toFixed(1)} ms, p99 ${search.p99.toFixed(1)} ms (target p99 <= 50 ms)
  requests/s: / ${Math.round(pages.home)}, ${ARTICLE} ${Math.round(pages.article)} (${(pages.article / pages.home).toFixed(2)}x; target >= 1x, 5% noise allowed)`);
  return result;
}
