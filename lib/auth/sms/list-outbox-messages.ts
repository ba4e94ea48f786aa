import "server-only";
import { db } from "@/lib/db";

export type OutboxMessage = { to: string; text: string; code: string | null; sentAt: string };

/** The development sender's messages to one phone, newest first (GET /api/dev/outbox). */
export async function listOutboxMessages(options: { phone: string; limit?: number }): Promise<OutboxMessage[]> {
  const rows = await db.smsOutboxMessage.findMany({
    where: { to: options.phone },
    orderBy: [{ sentAt: "desc" }, { id: "desc" }],
    take: options.limit ?? 20,
    select: { to: true, text: true, code: true, sentAt: true },
  });
  return rows.map((row) => ({ ...row, sentAt: row.sentAt.toISOString() }));
}
