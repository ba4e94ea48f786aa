// `npm run bench -- wizard`: the wizard's targets (issue 9, decision 014).
//  1. first-load JS (sum of the gzip sizes of the scripts in the served HTML) of /diagnose, a
//     question and a result page beside `/`: target <= 1.10x, no chart or table library;
//  2. server time of GET /api/me/diagnosis for a signed-in user whose account has 10,000
//     entries: p50 and p99 of sequential requests on localhost.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { firstLoadJsBytes } from "./bench-pages";
import { buildIfNeeded } from "./lib/build-if-needed";
import { findFreePort } from "./lib/free-port";

const root = path.resolve(__dirname, "..");
const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
const ENTRIES = 10_000;
const REQUESTS = 200;

async function startPortal(dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [tsx, "scripts/start.ts"], { cwd: root, env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: "", NEXT_DIST_DIR: ".next" }, stdio: "ignore" });
  for (let i = 0; i < 600; i++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    if (await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false)) return child;
  }
  child.kill("SIGTERM");
  throw new Error("the portal did not start");
}

/** A wallet user with a 10,000-entry account, written straight into the portal's database; returns a session cookie. */
async function seedBigAccount(dataDir: string): Promise<string> {
  const secrets = JSON.parse(fs.readFileSync(path.join(dataDir, "secrets.json"), "utf8")) as { postgresPassword: string; nextAuthSecret: string };
  const pgPort = Number(fs.readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[3]);
  const client = new pg.Client({ host: "127.0.0.1", port: pgPort, user: "postgres", password: secrets.postgresPassword, database: "portal" });
  await client.connect();
  await client.query(`INSERT INTO "WalletAccount" (id, "ownerName", phone, "phoneMasked", "updatedAt") VALUES ('acc_bench_big', 'Bench', '19900000000', '199****0000', now())`);
  await client.query(`INSERT INTO "PortalUser" (id, role, phone, name, "passwordHash", "walletAccountId", "updatedAt") VALUES ('usr_bench_big', 'WALLET_USER', '19900000000', 'Bench', '!', 'acc_bench_big', now())`);
  // Everyday life: a top-up every tenth entry, payments otherwise, ending below zero.
  await client.query(`
    INSERT INTO "LedgerEntry" (id, "accountId", type, "amountMinor", "occurredAt", counterparty)
    SELECT 'bench_' || i, 'acc_bench_big',
      (CASE WHEN i % 10 = 0 THEN 'TOP_UP' ELSE 'PAYMENT' END)::"EntryType",
      CASE WHEN i % 10 = 0 THEN 9500 ELSE -1000 END,
      timestamp '2025-01-01' + i * interval '40 minutes', 'merchant:bench'
    FROM generate_series(1, ${ENTRIES}) AS i`);
  await client.end();
  const token = await encode({ secret: secrets.nextAuthSecret, token: { sub: "usr_bench_big", user: { id: "usr_bench_big", role: "WALLET_USER", name: "Bench", locale: "zh-CN", walletAccountId: "acc_bench_big" }, sessionVersion: 0, authTime: Math.floor(Date.now() / 1000) } });
  return `next-auth.session-token=${token}`;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;

export async function benchWizard(): Promise<{ pass: boolean; figure: string }> {
  await buildIfNeeded(".next");
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-bench-wizard-"));
  fs.chmodSync(dataDir, 0o755);
  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  const child = await startPortal(dataDir, port);
  try {
    const home = await firstLoadJsBytes(base, "/");
    console.log("\nFirst-load JS (gzip), wizard pages beside /");
    let worst = 0;
    for (const page of ["/", "/diagnose", "/diagnose/q/start", "/diagnose/result/hack"]) {
      const bytes = await firstLoadJsBytes(base, page);
      worst = Math.max(worst, bytes / home);
      console.log(`  ${page.padEnd(24)} ${(bytes / 1024).toFixed(1).padStart(7)} KB  ${(bytes / home).toFixed(2)}x`);
    }
    const cookie = await seedBigAccount(dataDir);
    const times: number[] = [];
    for (let i = 0; i < REQUESTS + 10; i++) {
      const started = performance.now();
      const response = await fetch(`${base}/api/me/diagnosis`, { headers: { cookie } });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`GET /api/me/diagnosis answered ${response.status}`);
      if (i >= 10) times.push(performance.now() - started); // the first ten warm the server up
    }
    times.sort((a, b) => a - b);
    const p50 = percentile(times, 50);
    const p99 = percentile(times, 99);
    console.log(`\nGET /api/me/diagnosis, ${ENTRIES.toLocaleString("en")}-entry account, ${REQUESTS} sequential requests: p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms`);
    return { pass: worst <= 1.1, figure: `JS ${worst.toFixed(2)}x, p50 ${p50.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms` };
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
