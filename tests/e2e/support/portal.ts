import fs from "node:fs";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";

/*
 * Direct access to the e2e portal's own database and secret (the data folder playwright.config.ts
 * gives the web server), so tests can create the people they need, sign them in by minting the
 * session exactly as next-auth would, read the audit log, and clean up after themselves.
 */

const dataDir = path.resolve(process.env.E2E_DATA_DIR ?? path.join(".tmp", "e2e-data"));

function secrets(): { postgresPassword: string; nextAuthSecret: string } {
  return JSON.parse(fs.readFileSync(path.join(dataDir, "secrets.json"), "utf8")) as { postgresPassword: string; nextAuthSecret: string };
}

/** The e2e portal's database URL and session secret, for a second portal on the same database. */
export function portalConnection(): { databaseUrl: string; nextAuthSecret: string } {
  const port = Number(fs.readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[3]);
  const { postgresPassword, nextAuthSecret } = secrets();
  return { databaseUrl: `postgresql://postgres:${encodeURIComponent(postgresPassword)}@127.0.0.1:${port}/portal`, nextAuthSecret };
}

let pool: pg.Pool | null = null;

/** The running portal's embedded database (its port is on line 4 of postmaster.pid). */
export function database(): pg.Pool {
  if (pool) return pool;
  const port = Number(fs.readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[3]);
  pool = new pg.Pool({ host: "127.0.0.1", port, user: "postgres", password: secrets().postgresPassword, database: "portal", max: 3 });
  return pool;
}

export type Persona = "anonymous" | "wallet" | "agent" | "supervisor" | "admin";
export const PERSONAS: readonly Persona[] = ["anonymous", "wallet", "agent", "supervisor", "admin"];
const ROLES = { wallet: "WALLET_USER", agent: "AGENT", supervisor: "SUPERVISOR", admin: "ADMIN" } as const;

export type SignedIn = { id: string; persona: Persona; token: string; cookie: string };

let sequence = 0;
const created: string[] = [];

/**
 * A new person with this role and a live session: its own row, so that signing out (which ends
 * all of a person's sessions) or a rate limit never touches another test's people.
 */
export async function signedIn(persona: Exclude<Persona, "anonymous">, options: { signedInAt?: Date } = {}): Promise<SignedIn> {
  const role = ROLES[persona];
  const n = `${process.pid}-${Date.now().toString(36)}-${++sequence}`;
  const id = `e2e_${persona}_${n}`.replace(/[^a-z0-9_]/gi, "_");
  await database().query(
    `INSERT INTO "PortalUser" (id, role, email, phone, name, "passwordHash", "updatedAt") VALUES ($1, $2, $3, NULL, $4, '!unusable', now())`,
    [id, role, `${id}@e2e.example`, `E2E ${persona}`],
  );
  created.push(id);
  const token = await encode({
    secret: secrets().nextAuthSecret,
    // authTime: when this session signed in; it ends 8 hours later however often it is re-issued (decision 028).
    token: { sub: id, user: { id, role, name: `E2E ${persona}`, locale: "zh-CN", walletAccountId: null }, sessionVersion: 0, authTime: Math.floor((options.signedInAt ?? new Date()).getTime() / 1000) },
  });
  return { id, persona, token, cookie: `next-auth.session-token=${token}` };
}

/** Removes the people this worker created (their audit rows stay: the log is append-only). */
export async function cleanUpPeople(): Promise<void> {
  if (created.length > 0) await database().query(`DELETE FROM "PortalUser" WHERE id = ANY($1)`, [created.splice(0)]);
}

export async function closeDatabase(): Promise<void> {
  await pool?.end();
  pool = null;
}
