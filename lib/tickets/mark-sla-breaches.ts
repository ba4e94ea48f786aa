import "server-only";
import { db } from "@/lib/db";
import { slaDueTimes } from "./sla-due-times";

const FILL_BATCH = 500;

/**
 * The SLA job: gives due times to open tickets created without them (e.g. by a writer that
 * predates the SLA columns), then marks every running ticket whose deadline passed unmet.
 * Waiting-on-customer tickets are paused and never breach. Returns the rows changed.
 */
export async function markSlaBreaches({ now }: { now: Date }): Promise<number> {
  const missing = await db.ticket.findMany({
    where: { resolutionDueAt: null, status: { notIn: ["RESOLVED", "CLOSED"] } },
    select: { id: true, priority: true, createdAt: true },
    take: FILL_BATCH,
  });
  for (const ticket of missing) {
    await db.ticket.updateMany({ where: { id: ticket.id, resolutionDueAt: null }, data: slaDueTimes(ticket) });
  }
  const breached = await db.$executeRaw`
    UPDATE "Ticket" SET "slaBreachedAt" = ${now}
    WHERE "slaBreachedAt" IS NULL AND "slaPausedAt" IS NULL AND "status" IN ('NEW', 'OPEN')
      AND (("firstResponseAt" IS NULL AND "firstResponseDueAt" < ${now}) OR "resolutionDueAt" < ${now})`;
  return missing.length + breached;
}
