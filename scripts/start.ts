// `npm start`: PostgreSQL (embedded unless DATABASE_URL is set), migrations, demo data, Next.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildIfNeeded } from "./lib/build-if-needed";
import { ensureSecrets, readSecrets } from "./lib/data-dir-secrets";
import { assertDatabaseReachable } from "./lib/database-reachable";
import type { RunningPostgres } from "./lib/embedded-postgres";
import { assertPortFree } from "./lib/free-port";
import { EMBEDDED_DATABASE_ENV, decideSmsProvider } from "../lib/auth/sms/sms-provider-setting";
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
  if (env.DATABASE_URL && !env.NEXTAUTH_SECRET && !isPrepareOnly) {
    // Each host would generate its own secret and refuse the others' sessions, silently.
    throw new UserFacingError(
      "NEXTAUTH_SECRET is not set: with DATABASE_URL the portal may run on several hosts, which must all sign sessions with one secret, so set NEXTAUTH_SECRET (at least 16 characters, e.g. from `openssl rand -base64 32`) to the same value on each.",
    );
  }
  // The development sender shows codes to whoever reads its outbox: never by default in a
  // deployment (docs/decisions/026-sms-provider-in-deployments.md).
  const sms = decideSmsProvider({ requested: env.SMS_PROVIDER, isDeployment: Boolean(env.DATABASE_URL) });
  if (!sms.provider && !isPrepareOnly) throw new UserFacingError(sms.refusal);
  prepareDataDir(env.dataDir);
  await assertPortFree(env.PORT);
  const stored = readSecrets(env.dataDir);

  let databaseUrl = env.DATABASE_URL;
  let nextAuthSecret = env.NEXTAUTH_SECRET;
  if (databaseUrl) {
    await assertDatabaseReachable(databaseUrl);
  } else {
    const clusterDir = path.join(env.dataDir, "postgres");
    if (!stored?.postgresPassword && fs.existsSync(path.join(clusterDir, "PG_VERSION"))) {
      throw new UserFacingError(`${env.dataDir}/secrets.json is missing, so the database password in ${clusterDir} is lost: restore the file or move the folder away.`);
    }
    const secrets = ensureSecrets(env.dataDir, stored);
    nextAuthSecret ??= secrets.nextAuthSecret;
    const { startEmbeddedPostgres } = await importEmbeddedPostgres();
    postgres = await startEmbeddedPostgres({ clusterDir, password: secrets.postgresPassword });
    await postgres.ensureDatabase("portal");
    databaseUrl = postgres.urlFor("portal");
    console.log(`PostgreSQL 17 (embedded) is running on 127.0.0.1:${postgres.port}, data in ${clusterDir}`);
  }
  // Demo data (with the README's admin password) only where it is safe: the embedded database,
  // or wherever SEED_DEMO_DATA=true asks for it.
  const { seeded, hasUsers } = await prepareDatabase(databaseUrl, { seed: env.SEED_DEMO_DATA ?? !env.DATABASE_URL });
  if (seeded) console.log("Demo data loaded (logins are listed in the README).");
  else if (!hasUsers) console.log("The database has no portal users yet (demo data is loaded only into the embedded database, or with SEED_DEMO_DATA=true).");
  if (isPrepareOnly) {
    console.log(`Database ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s (--prepare-only: not starting the web server).`);
    stopping = true;
    await postgres?.stop();
    return;
  }

  const publicUrl = env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;
  warnIfNotHttps(publicUrl, { isDeployment: Boolean(env.DATABASE_URL), isSet: Boolean(env.NEXTAUTH_URL) });
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (!isDev) await buildIfNeeded(distDir, (build) => (child = build), { DATABASE_URL: databaseUrl, NEXTAUTH_URL: publicUrl });
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
      NEXTAUTH_SECRET: nextAuthSecret,
      NEXTAUTH_URL: publicUrl,
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: "1",
      // Both explicit, so the web server never falls back to a sender on its own (decision 026).
      SMS_PROVIDER: sms.provider ?? "",
      [EMBEDDED_DATABASE_ENV]: env.DATABASE_URL ? "0" : "1",
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
  if (sms.provider === "development" && sms.warning) console.warn(sms.warning);
  else if (sms.provider === "development") {
    console.log(`SMS: the development sender is on: codes go to this log and to ${publicUrl}/api/dev/outbox?phone=… (set SMS_PROVIDER for a real provider).`);
  }
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

/**
 * Session cookies are Secure exactly when NEXTAUTH_URL is https (lib/http/secure-cookies.ts).
 * Plain http is fine on this machine; anywhere else it sends sessions in the clear.
 */
function warnIfNotHttps(publicUrl: string, { isDeployment, isSet }: { isDeployment: boolean; isSet: boolean }) {
  const url = new URL(publicUrl);
  const isLocal = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname) || url.hostname.endsWith(".localhost");
  if (url.protocol === "http:" && !isLocal) {
    console.warn(`Warning: NEXTAUTH_URL is ${publicUrl}, plain http on a host other than this machine: sessions travel unencrypted and the session cookie is not Secure; serve the portal over https and set NEXTAUTH_URL=https://….`);
  } else if (isDeployment && !isSet) {
    console.warn(`Warning: NEXTAUTH_URL is not set, so the portal assumes ${publicUrl}; set it to the public https URL so that session cookies are Secure.`);
  }
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
