import "server-only";
import { db } from "@/lib/db";

/** Kept a day after expiry (enough to answer "why did my code not work?"), then deleted. */
export const CODE_RETENTION_MS = 24 * 60 * 60_000;

/**
 * Deletes codes that expired more than a day ago and development outbox messages older than a
 * day. For the periodic job runner (lib/jobs/); `now` is the database's clock there.
 */
export async function pruneOneTimeCodes(options: { now: Date }): Promise<{ codes: number; outbox: number }> {
  const cutoff = new Date(options.now.getTime() - CODE_RETENTION_MS);
  const [codes, outbox] = await db.$transaction([
    db.oneTimeCode.deleteMany({ where: { expiresAt: { lt: cutoff } } }),
    db.smsOutboxMessage.deleteMany({ where: { sentAt: { lt: cutoff } } }),
  ]);
  return { codes: codes.count, outbox: outbox.count };
}
