// `npm start`: PostgreSQL (embedded unless DATABASE_URL is set), migrations, demo data, Next.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildIfNeeded } from "./lib/build-if-needed";
import { loadOrCreateSecrets } from "./lib/data-dir-secrets";
import { assertDatabaseReachable } from "./lib/database-reachable";
import type { RunningPostgres } from "./lib/embedded-postgres";
import { assertPortFree } from "./lib/free-port";
import { prepareDatabase } from "./lib/prepare-database";
import { readStartEnv } from "./lib/start-env";
import { UserFacingError } from "./lib/user-facing-error";

const isDev = process.argv.includes("--dev");
// Prepares the database (start, migrate, seed) and stops: for provisioning and for tests.
const isPrepareOnly = process.argv.includes("--prepare-only");
const root = path.resolve(__dirname, "..");
let postgres: RunningPostgres | null = null;
/** The build or the Next server, whichever runs now. */
let child: ChildProcess | null = null;
let stopping = false;

async function main() {
  const startedAt = Date.now();
  const env = readStartEnv(process.env);
  prepareDataDir(env.dataDir);
  await assertPortFree(env.PORT);
  const hadSecrets = fs.existsSync(path.join(env.dataDir, "secrets.json"));
  const secrets = loadOrCreateSecrets(env.dataDir);

  let databaseUrl = env.DATABASE_URL;
  if (databaseUrl) {
    await assertDatabaseReachable(databaseUrl);
  } else {
    const clusterDir = path.join(env.dataDir, "postgres");
    if (!hadSecrets && fs.existsSync(path.join(clusterDir, "PG_VERSION"))) {
      throw new UserFacingError(`${env.dataDir}/secrets.json is missing, so the database password in ${clusterDir} is lost: restore the file or move the folder away.`);
    }
    const { startEmbeddedPostgres } = await importEmbeddedPostgres();
    postgres = await startEmbeddedPostgres({ clusterDir, password: secrets.postgresPassword });
    await postgres.ensureDatabase("portal");
    databaseUrl = postgres.urlFor("portal");
    console.log(`PostgreSQL 17 (embedded) is running on 127.0.0.1:${postgres.port}, data in ${clusterDir}`);
  }
  const { seeded } = await prepareDatabase(databaseUrl);
  if (seeded) console.log("Demo data loaded (logins are listed in the README).");
  if (isPrepareOnly) {
    console.log(`Database ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s (--prepare-only: not starting the web server).`);
    stopping = true;
    await postgres?.stop();
    return;
  }

  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (!isDev) await buildIfNeeded(distDir, (build) => (child = build));
  if (stopping) return;
  // Next runs inside our own small HTTP server, which records each client's address from the
  // socket (docs/decisions/007-client-ip.md); it reports over IPC once it really listens.
  // `--import tsx` compiles the server file in the same process (no extra tsx wrapper process).
  const server = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "portal-server.ts"), ...(isDev ? ["--dev"] : [])], {
    cwd: root,
    stdio: ["inherit", "inherit", "inherit", "ipc"],
    env: {
      ...process.env,
      NODE_ENV: isDev ? "development" : "production",
      PORT: String(env.PORT),
      TRUSTED_PROXY_HOPS: String(env.TRUSTED_PROXY_HOPS),
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: env.NEXTAUTH_SECRET ?? secrets.nextAuthSecret,
      NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`,
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  child = server;
  server.on("exit", (code, signal) => {
    if (!stopping) void shutdown(`The web server exited (${signal ?? code})`, code ?? 1);
  });
  server.on("message", (message: { type?: string }) => {
    if (message.type !== "listening") return;
    console.log(`Portal ready on http://localhost:${env.PORT} (ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s)`);
  });
}

/**
 * embedded-postgres installs SIGINT/SIGTERM handlers that stop PostgreSQL and exit at once, but
 * the portal must stop Next first. Drop only the handlers that import added: others (tsx's
 * signal relay, for one) must stay or the parent process kills us without a clean stop.
 */
async function importEmbeddedPostgres() {
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const module = await import("./lib/embedded-postgres");
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
  }
  return module;
}

function prepareDataDir(dataDir: string) {
  if (fs.existsSync(dataDir) && !fs.statSync(dataDir).isDirectory()) {
    throw new UserFacingError(`DATA_DIR ${dataDir} is a file, not a folder: point DATA_DIR at a folder.`);
  }
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.accessSync(dataDir, fs.constants.W_OK);
  } catch {
    throw new UserFacingError(`DATA_DIR ${dataDir} cannot be created or written: check its permissions or choose another folder.`);
  }
}

async function shutdown(reason: string, exitCode: number) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${reason}: stopping the portal…`);
  const running = child;
  if (running && running.exitCode === null && running.signalCode === null) {
    const exited = new Promise((resolve) => running.once("exit", resolve));
    running.kill("SIGTERM");
    const timer = setTimeout(() => running.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  }
  await postgres?.stop();
  process.exit(exitCode);
}

process.on("SIGINT", () => void shutdown("Interrupted", 0));
process.on("SIGTERM", () => void shutdown("Terminated", 0));
process.on("SIGHUP", () => void shutdown("Hang-up", 0));

main().catch(async (error: unknown) => {
  const message = error instanceof UserFacingError ? error.message : `Could not start the portal: ${(error as Error)?.message ?? error}`;
  console.error(`\n${message}`);
  if (!(error instanceof UserFacingError) && process.env.DEBUG) console.error(error);
  stopping = true;
  await postgres?.stop().catch(() => undefined);
  process.exit(1);
});
