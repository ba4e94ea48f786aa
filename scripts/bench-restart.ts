// npm run bench -- restart: PostgreSQL restarted in immediate mode (a crash, as far as the
// portal can tell) in the middle of 30 s of ticket creation (docs/decisions/030-database-outage.md).
// A few clients create tickets with Idempotency-Keys and retry a key until it is answered, as a
// well-behaved client does. Prints acknowledged vs stored tickets, duplicates per key, every
// status code seen, and how long the portal took to create tickets again.
// Target: nothing acknowledged is lost, no key stored twice, no 500 (503 while it restarts).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { buildIfNeeded } from "./lib/build-if-needed";
import { startEmbeddedPostgres, type RunningPostgres } from "./lib/embedded-postgres";
import { findFreePort } from "./lib/free-port";
import { migrateDatabase } from "./lib/migrate-database";
import { waitForServer } from "./lib/wait-for-server";

const root = path.resolve(__dirname, "..");
const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
const RUN_SECONDS = Number(process.env.BENCH_RESTART_SECONDS ?? 30);
const CLIENTS = 4;
/** A client retries a key this soon after a 503 or a dropped connection (Retry-After says 5 s: we want to see recovery to the second). */
const RETRY_MS = 200;

export type RestartResult = { figure: string; pass: boolean };

type Stats = {
  acknowledged: Set<string>;
  statuses: Map<string, number>;
  firstCreatedAfterRestartMs: number | null;
  restartedAt: number | null;
  giveUps: number;
};

/**
 * Each key gets its own client address (sent as X-Forwarded-For, which the portal trusts from one
 * proxy hop here): tickets without a session are limited to 5 an hour per address, and this
 * measures the restart, not the limiter.
 */
function addressFor(index: number): string {
  return `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`;
}

async function createOnce(base: string, run: string, index: number, stats: Stats, until: () => boolean): Promise<void> {
  const key = `${run}-${index}`;
  for (let attempt = 0; ; attempt++) {
    const sentAt = Date.now();
    const status = await fetch(`${base}/api/tickets`, {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": key, "x-forwarded-for": addressFor(index) },
      body: JSON.stringify({ message: `bench restart ${key}`, contact: "bench@example.com" }),
      signal: AbortSignal.timeout(20_000),
    }).then(
      async (response) => {
        await response.arrayBuffer();
        return String(response.status);
      },
      (error: unknown) => `network error (${(error as Error).name === "TimeoutError" ? "timeout" : "refused/reset"})`,
    );
    stats.statuses.set(status, (stats.statuses.get(status) ?? 0) + 1);
    if (status === "201") {
      stats.acknowledged.add(key);
      if (stats.restartedAt !== null && sentAt >= stats.restartedAt && stats.firstCreatedAfterRestartMs === null) {
        stats.firstCreatedAfterRestartMs = Date.now() - stats.restartedAt;
      }
      return;
    }
    // 4xx other than 409 (still in flight) are answers too: the bench does not retry those.
    if (/^4/.test(status) && status !== "409") return;
    if (!until() && attempt > 50) {
      stats.giveUps++;
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}

/** SIGQUIT is PostgreSQL's immediate shutdown (`pg_ctl stop -m immediate`): no checkpoint, crash recovery on start. */
async function stopImmediately(clusterDir: string): Promise<void> {
  const pid = Number(fs.readFileSync(path.join(clusterDir, "postmaster.pid"), "utf8").split("\n")[0]);
  process.kill(pid, "SIGQUIT");
  for (let waited = 0; waited < 30_000; waited += 50) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`PostgreSQL (pid ${pid}) did not stop after SIGQUIT`);
}

async function count(url: string, run: string): Promise<{ stored: number; distinctKeys: number; duplicateKeys: number; storedKeys: Set<string> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ message: string; n: number }>(
      `SELECT m.body AS message, count(*)::int AS n FROM "Ticket" t JOIN "TicketMessage" m ON m."ticketId" = t.id WHERE m.body LIKE $1 GROUP BY m.body`,
      [`bench restart ${run}-%`],
    );
    const storedKeys = new Set(rows.map((row) => row.message.slice("bench restart ".length)));
    return { stored: rows.reduce((sum, row) => sum + row.n, 0), distinctKeys: rows.length, duplicateKeys: rows.filter((row) => row.n > 1).length, storedKeys };
  } finally {
    await client.end();
  }
}

export async function benchRestart(): Promise<RestartResult> {
  await buildIfNeeded(".next");
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "portal-bench-restart-"));
  fs.chmodSync(folder, 0o755);
  const clusterDir = path.join(folder, "postgres");
  const pgPort = await findFreePort();
  let postgres: RunningPostgres | null = await startEmbeddedPostgres({ clusterDir, password: "bench", port: pgPort });
  await postgres.ensureDatabase("portal");
  const url = postgres.urlFor("portal");
  await migrateDatabase(url);

  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  // A deployment-style start on that server: PostgreSQL is not the start script's own, so the
  // bench can restart it underneath the running portal.
  const child = spawn(process.execPath, [tsx, "scripts/start.ts"], {
    cwd: root,
    env: {
      ...process.env,
      DATA_DIR: path.join(folder, "data"),
      PORT: String(port),
      DATABASE_URL: url,
      NEXTAUTH_SECRET: "bench-restart-secret-0123456789",
      NEXTAUTH_URL: base,
      NEXT_DIST_DIR: ".next",
      SMS_PROVIDER: "development",
      TRUSTED_PROXY_HOPS: "1",
      PORTAL_JOBS: "off",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const serverErrors: string[] = [];
  child.stderr.on("data", (chunk: Buffer) => serverErrors.push(chunk.toString()));
  const run = `r${Date.now().toString(36)}`;
  const stats: Stats = { acknowledged: new Set(), statuses: new Map(), firstCreatedAfterRestartMs: null, restartedAt: null, giveUps: 0 };
  try {
    await waitForServer(`${base}/api/health`, child);
    const started = Date.now();
    const isRunning = () => Date.now() - started < RUN_SECONDS * 1000;
    let next = 0;
    const clients = Array.from({ length: CLIENTS }, async () => {
      while (isRunning()) await createOnce(base, run, next++, stats, isRunning);
    });

    // The restart, in the middle of the run.
    await new Promise((resolve) => setTimeout(resolve, (RUN_SECONDS * 1000) / 2));
    const beforeRestart = stats.acknowledged.size;
    stats.restartedAt = Date.now();
    await stopImmediately(clusterDir);
    const downMs = Date.now() - stats.restartedAt;
    postgres = await startEmbeddedPostgres({ clusterDir, password: "bench", port: pgPort });
    const upMs = Date.now() - stats.restartedAt;
    await Promise.all(clients);

    const { stored, distinctKeys, duplicateKeys, storedKeys } = await count(url, run);
    const lost = [...stats.acknowledged].filter((key) => !storedKeys.has(key)).length;
    const unacknowledgedStored = [...storedKeys].filter((key) => !stats.acknowledged.has(key)).length;
    const statuses = [...stats.statuses].sort(([a], [b]) => a.localeCompare(b)).map(([status, n]) => `${status}: ${n}`).join(", ");
    const recovered = stats.firstCreatedAfterRestartMs;
    console.log(`\nPostgreSQL restarted (immediate) during ${RUN_SECONDS} s of ticket creation by ${CLIENTS} clients (${beforeRestart} tickets before the restart)`);
    console.log(`  PostgreSQL down after ${downMs} ms, accepting connections again after ${upMs} ms`);
    console.log(`  acknowledged (201) ${stats.acknowledged.size} keys, stored ${stored} tickets for ${distinctKeys} keys; lost ${lost}, stored but never acknowledged ${unacknowledgedStored}`);
    console.log(`  keys stored more than once: ${duplicateKeys}; keys given up on: ${stats.giveUps}`);
    console.log(`  status codes seen: ${statuses}`);
    console.log(`  first ticket created ${recovered === null ? "never" : `${recovered} ms`} after the restart began`);
    const has500 = [...stats.statuses.keys()].some((status) => status === "500");
    const pass = lost === 0 && duplicateKeys === 0 && stored === distinctKeys && !has500 && recovered !== null && stats.giveUps === 0;
    if (!pass && serverErrors.length > 0) console.log(`  portal stderr (last lines):\n${serverErrors.join("").split("\n").slice(-15).join("\n")}`);
    return {
      figure: `${stats.acknowledged.size} acked = ${stored} stored, ${duplicateKeys} dup, recovered ${recovered === null ? "never" : `${(recovered / 1000).toFixed(1)} s`}`,
      pass,
    };
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
    await postgres?.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchRestart().then(
    (result) => process.exit(result.pass ? 0 : 1),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
