import { createHash, randomBytes } from "node:crypto";

/** The browser's handle on its wizard session: an httpOnly cookie holding the resume token. */
export const WIZARD_COOKIE = "portal-wizard";
/** Sessions (and their cookie) last this long; prune-wizard-sessions.ts removes older ones. */
export const WIZARD_SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export function newResumeToken(): string {
  return randomBytes(24).toString("base64url");
}

/** Only the hash is stored: a database leak does not let anyone resume (or attach to) a session. */
export function hashResumeToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function isResumeToken(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{32}$/.test(value);
}
