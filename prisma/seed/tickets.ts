// Support tickets on the persona accounts: what a queue looks like on a Friday morning. Each
// thread starts with the user's own words; agents reply publicly and leave internal notes.
import type { Cause, TicketEventType, TicketPriority, TicketStatus } from "@/generated/prisma/enums";
import {
  buildAuditLog,
  buildTicket,
  buildTicketEvent,
  buildTicketMessage,
  type AuditLogRow,
  type TicketEventRow,
  type TicketMessageRow,
  type TicketRow,
} from "./factories";
import { cst } from "./demo-clock";
import { STAFF_ID } from "./demo-logins";
import { TICKET_SPECS } from "./ticket-specs";

export type Actor = "user" | keyof typeof STAFF_ID;

export type TicketSpec = {
  slug: string;
  subject: string;
  status: TicketStatus;
  priority: TicketPriority;
  cause: Cause;
  assignee?: keyof typeof STAFF_ID;
  /** [day, hour, minute] in China time, like every demo timestamp. */
  opened: [number, number, number];
  claimed?: [number, number, number];
  resolved?: { at: [number, number, number]; resolution: string };
  thread: { at: [number, number, number]; by: Actor; internal?: boolean; body: string }[];
  /**
   * Opened without signing in (the owner was locked out): the phone left and when it was proven
   * with an SMS code (decision 035). The "user" then has no portal account on the ticket.
   */
  reporter?: { contact: string; verifiedAt: [number, number, number]; locale: "zh-CN" | "en" };
  changes?: { at: [number, number, number]; by: Actor; type: TicketEventType; data: Record<string, string> }[];
};

export type TicketRows = { tickets: TicketRow[]; messages: TicketMessageRow[]; events: TicketEventRow[]; auditLogs: AuditLogRow[] };

const when = ([day, hour, minute]: [number, number, number]) => cst(day, hour, minute);
const actorId = (spec: TicketSpec, by: Actor) => (by !== "user" ? STAFF_ID[by] : spec.reporter ? null : `usr_${spec.slug}`);
const STAFF_IP = "10.20.0.15";

function ticketRows(spec: TicketSpec): TicketRows {
  const id = `tkt_${spec.slug}`;
  const accountId = `acc_${spec.slug}`;
  const messages = spec.thread.map((m, i) =>
    buildTicketMessage({ id: `msg_${spec.slug}_${i + 1}`, ticketId: id, authorId: actorId(spec, m.by), visibility: m.internal ? "INTERNAL" : "PUBLIC", body: m.body, createdAt: when(m.at) }),
  );
  const drafts: { at: Date; actor: Actor; type: TicketEventType; data?: Record<string, string> }[] = [
    { at: when(spec.opened), actor: "user", type: "CREATED", data: { status: "NEW", priority: spec.priority } },
    ...messages.slice(1).map((m, i) => ({ at: m.createdAt, actor: (spec.thread[i + 1] as { by: Actor }).by, type: "MESSAGE_ADDED" as const, data: { messageId: m.id, visibility: String(m.visibility) } })),
    ...(spec.claimed && spec.assignee ? [{ at: when(spec.claimed), actor: spec.assignee, type: "CLAIMED" as const }] : []),
    ...(spec.changes ?? []).map((c) => ({ at: when(c.at), actor: c.by, type: c.type, data: c.data })),
    ...(spec.resolved && spec.assignee ? [{ at: when(spec.resolved.at), actor: spec.assignee, type: "RESOLVED" as const }] : []),
  ];
  drafts.sort((a, b) => a.at.getTime() - b.at.getTime());
  const events = drafts.map((e, i) =>
    buildTicketEvent({ id: `tev_${spec.slug}_${i + 1}`, ticketId: id, actorId: actorId(spec, e.actor), type: e.type, data: e.data, createdAt: e.at }),
  );
  const lastAt = events.at(-1)?.createdAt ?? when(spec.opened);
  const firstReply = spec.thread.find((m) => m.by !== "user" && !m.internal);
  const ticket = buildTicket({
    id,
    subject: spec.subject,
    status: spec.status,
    priority: spec.priority,
    cause: spec.cause,
    accountId,
    requesterId: spec.reporter ? null : `usr_${spec.slug}`,
    // Every row names these, since rows are inserted together (a missing key would be NULL, not the default).
    verified: !spec.reporter,
    contact: spec.reporter?.contact ?? null,
    contactVerifiedAt: spec.reporter ? when(spec.reporter.verifiedAt) : null,
    locale: spec.reporter?.locale ?? null,
    assigneeId: spec.assignee ? STAFF_ID[spec.assignee] : null,
    claimedAt: spec.claimed ? when(spec.claimed) : null,
    resolution: spec.resolved?.resolution ?? null,
    resolvedAt: spec.resolved ? when(spec.resolved.at) : null,
    firstResponseAt: firstReply ? when(firstReply.at) : null,
    // Waiting on the customer stops the SLA clock from the last change on.
    slaPausedAt: spec.status === "WAITING_ON_CUSTOMER" ? lastAt : null,
    // Every change after creation bumped the version (optimistic concurrency).
    version: events.length - messages.length + 1,
    createdAt: when(spec.opened),
    updatedAt: lastAt,
  });
  const auditLogs: AuditLogRow[] = [];
  if (spec.claimed && spec.assignee) {
    const agent = STAFF_ID[spec.assignee];
    const at = when(spec.claimed);
    auditLogs.push(buildAuditLog({ at, actorId: agent, actorRole: "AGENT", action: "ticket.claim", targetType: "Ticket", targetId: id, accountId, ip: STAFF_IP }));
    auditLogs.push(buildAuditLog({ at: new Date(at.getTime() + 60_000), actorId: agent, actorRole: "AGENT", action: "account.view", targetType: "WalletAccount", targetId: accountId, accountId, ip: STAFF_IP, metadata: { reason: "ticket", ticketId: id } }));
  }
  if (spec.resolved && spec.assignee) {
    auditLogs.push(buildAuditLog({ at: when(spec.resolved.at), actorId: STAFF_ID[spec.assignee], actorRole: "AGENT", action: "ticket.resolve", targetType: "Ticket", targetId: id, accountId, ip: STAFF_IP }));
  }
  return { tickets: [ticket], messages, events, auditLogs };
}

export function buildTickets(): TicketRows {
  const rows = TICKET_SPECS.map(ticketRows);
  // Tickets are numbered in the order they were opened, like a real queue.
  const order = rows.map((r, i) => ({ r, i })).sort((a, b) => (a.r.tickets[0] as TicketRow).createdAt.getTime() - (b.r.tickets[0] as TicketRow).createdAt.getTime() || a.i - b.i);
  return {
    tickets: order.flatMap(({ r }) => r.tickets),
    messages: order.flatMap(({ r }) => r.messages),
    events: order.flatMap(({ r }) => r.events),
    auditLogs: order.flatMap(({ r }) => r.auditLogs).sort((a, b) => a.at.getTime() - b.at.getTime()),
  };
}
