import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { refuseIfClaimedByOther } from "./claimed-ticket-guard";
import { sendReplySms } from "./send-reply-sms";

export type AddMessageResult =
  /** `sms`: whether a public reply also went to the reporter by SMS (sendReplySms). */
  | { ok: true; version: number; sms: "sent" | "not_applicable" | "failed" }
  | { ok: false; reason: "changed"; version: number; status: string; assigneeName: string | null; latest: { body: string; visibility: string; authorName: string | null; createdAt: Date }[] };

type Options = {
  actor: SessionUser | null;
  number: number;
  body: string;
  visibility: "PUBLIC" | "INTERNAL";
  /** The version the agent saw when they started writing. */
  seenVersion: number;
  /** The agent saw what changed and sends anyway. */
  sendAnyway?: boolean;
  /** Public replies may ask the customer something: the SLA clock pauses until they answer. */
  waitForCustomer?: boolean;
  ip?: string | null;
};

/**
 * A public reply or an internal note. If the ticket changed after the agent opened it, nothing
 * is written: the agent gets what changed (and keeps the draft) and can send anyway. The ticket
 * row is locked for the check and the write, so two replies never both pass a stale check.
 * A public reply on a ticket from a reporter without an account, whose phone is proven, then
 * goes to them by SMS with a reply link (decision 035).
 */
export async function addTicketMessage(options: Options): Promise<AddMessageResult> {
  const { actor, number, body, visibility, seenVersion, sendAnyway, waitForCustomer, ip } = options;
  assertCan(actor, "tickets.reply");
  const result = await db.$transaction(async (tx) => {
    const [ticket] = await tx.$queryRaw<{ id: string; version: number; status: string; accountId: string | null; firstResponseAt: Date | null; slaPausedAt: Date | null; assigneeId: string | null; assigneeName: string | null }[]>`
      SELECT t."id", t."version", t."status"::text AS "status", t."accountId", t."firstResponseAt", t."slaPausedAt", t."assigneeId", u."name" AS "assigneeName"
      FROM "Ticket" t LEFT JOIN "PortalUser" u ON u."id" = t."assigneeId" WHERE t."number" = ${number} FOR UPDATE OF t`;
    if (!ticket) throw new AppError("NOT_FOUND", "ticket not found");
    const pause = visibility === "PUBLIC" && waitForCustomer;
    // Replies and notes are open to all staff; pausing for the customer changes the status, which is the holder's.
    if (pause) refuseIfClaimedByOther(actor, ticket.assigneeId ? { id: ticket.assigneeId, name: ticket.assigneeName ?? "" } : null);
    if (ticket.version !== seenVersion && !sendAnyway) {
      const current = await tx.ticket.findUniqueOrThrow({
        where: { id: ticket.id },
        select: { status: true, assignee: { select: { name: true } }, messages: { orderBy: { createdAt: "desc" }, take: 3, select: { body: true, visibility: true, createdAt: true, author: { select: { name: true } } } } },
      });
      return {
        ok: false, reason: "changed", version: ticket.version, status: current.status, assigneeName: current.assignee?.name ?? null,
        latest: current.messages.map((m) => ({ body: m.body, visibility: m.visibility, createdAt: m.createdAt, authorName: m.author?.name ?? null })),
      } as const;
    }
    const isPublic = visibility === "PUBLIC";
    const now = new Date();
    const message = await tx.ticketMessage.create({ data: { ticketId: ticket.id, authorId: actor.id, visibility, body }, select: { id: true } });
    await tx.ticket.update({
      where: { id: ticket.id },
      data: {
        version: { increment: 1 },
        ...(isPublic && !ticket.firstResponseAt ? { firstResponseAt: now } : {}),
        ...(isPublic && ticket.status === "NEW" ? { status: "OPEN" } : {}),
        ...(pause ? { status: "WAITING_ON_CUSTOMER", slaPausedAt: ticket.slaPausedAt ?? now } : {}),
      },
    });
    await tx.ticketEvent.create({ data: { ticketId: ticket.id, actorId: actor.id, type: "MESSAGE_ADDED", data: { messageId: message.id, visibility } } });
    await recordAudit({ client: tx, actor, action: isPublic ? "ticket.reply" : "ticket.note", targetType: "Ticket", targetId: ticket.id, accountId: ticket.accountId, ip, metadata: { messageId: message.id } });
    return { ok: true, version: ticket.version + 1, ticketId: ticket.id } as const;
  });
  if (!result.ok) return result;
  const sms = visibility === "PUBLIC" ? await sendReplySms({ ticketId: result.ticketId, actor, ip }) : "not_applicable";
  return { ok: true, version: result.version, sms };
}
