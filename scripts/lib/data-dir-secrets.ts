import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

type Secrets = { postgresPassword: string; nextAuthSecret: string };

/**
 * Secrets generated on first start and kept in DATA_DIR, so sessions survive restarts and
 * the embedded database keeps its password. The file is readable by its owner only.
 */
export function loadOrCreateSecrets(dataDir: string): Secrets {
  const file = path.join(dataDir, "secrets.json");
  let existing: Partial<Secrets> = {};
  if (fs.existsSync(file)) {
    try {
      existing = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<Secrets>;
    } catch {
      existing = {};
    }
  }
  const secrets: Secrets = {
    postgresPassword: existing.postgresPassword || crypto.randomBytes(18).toString("base64url"),
    nextAuthSecret: existing.nextAuthSecret || crypto.randomBytes(32).toString("base64url"),
  };
  if (secrets.postgresPassword !== existing.postgresPassword || secrets.nextAuthSecret !== existing.nextAuthSecret) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, JSON.stringify(secrets, null, 2) + "\n", { mode: 0o600 });
  }
  return secrets;
}
