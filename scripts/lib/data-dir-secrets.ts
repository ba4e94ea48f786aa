import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { UserFacingError } from "./user-facing-error";

export type Secrets = { postgresPassword: string; nextAuthSecret: string };

const storedSchema = z.object({ postgresPassword: z.string().min(1).optional(), nextAuthSecret: z.string().min(16).optional() });

export function secretsFile(dataDir: string): string {
  return path.join(dataDir, "secrets.json");
}

/**
 * What DATA_DIR/secrets.json holds, or null when there is no such file. A file that is there but
 * unreadable is never silently replaced: it holds the embedded database's password, so a new
 * one would lock the data out. One sentence says what to do instead.
 */
export function readSecrets(dataDir: string): Partial<Secrets> | null {
  const file = secretsFile(dataDir);
  if (!fs.existsSync(file)) return null;
  let reason: string;
  try {
    const parsed = storedSchema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
    if (parsed.success) return parsed.data;
    reason = `${parsed.error.issues[0]?.path.join(".") || "the file"} is not what the portal wrote`;
  } catch (error) {
    reason = error instanceof Error ? error.message : String(error);
  }
  throw new UserFacingError(
    `${file} is damaged (${reason}): restore it from a backup, since it holds the embedded database's password; to start over instead, move ${dataDir} away.`,
  );
}

/**
 * Secrets generated on first start and kept in DATA_DIR, so sessions survive restarts and
 * the embedded database keeps its password. Missing values are generated; the file is written
 * atomically (a temporary file renamed over it), readable by its owner only.
 */
export function ensureSecrets(dataDir: string, stored: Partial<Secrets> | null): Secrets {
  const secrets: Secrets = {
    postgresPassword: stored?.postgresPassword || crypto.randomBytes(18).toString("base64url"),
    nextAuthSecret: stored?.nextAuthSecret || crypto.randomBytes(32).toString("base64url"),
  };
  if (secrets.postgresPassword !== stored?.postgresPassword || secrets.nextAuthSecret !== stored?.nextAuthSecret) {
    fs.mkdirSync(dataDir, { recursive: true });
    writeFileAtomically(secretsFile(dataDir), `${JSON.stringify(secrets, null, 2)}\n`);
  }
  return secrets;
}

function writeFileAtomically(file: string, content: string) {
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = fs.openSync(temporary, "w", 0o600);
  try {
    fs.writeFileSync(handle, content);
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
  fs.renameSync(temporary, file);
}
