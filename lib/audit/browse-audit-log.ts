import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { encodeCursor } from "@/lib/http/keyset-cursor";
import { ledgerBound } from "@/lib/accounts/ledger-query";
import type { AuditQuery } from "./audit-query";

/**
 * The access log for supervisors and admins, newest first, keyset on (at, id). Browsing it is
 * not itself logged (it shows no account data beyond ids, and logging it would grow the log
 * every time someone reads it).
 */
export async function browseAuditLog({ actor, query }: { actor: SessionUser | null; query: AuditQuery }) {
  assertCan(actor, "audit.browse");
  const { cursor } = query;
  const and: Prisma.AuditLogWhereInput[] = [
    query.accountId ? { accountId: query.accountId } : {},
    query.actorId ? { actorId: query.actorId } : {},
    query.action ? { action: query.action } : {},
    query.from ? { at: { gte: ledgerBound(query.from, "from") } } : {},
    query.to ? { at: { lte: ledgerBound(query.to, "to") } } : {},
  ];
  if (cursor) {
    const at = new Date(cursor.t);
    and.push({ at: { lte: at } }, { OR: [{ at: { lt: at } }, { at, id: { lt: BigInt(cursor.i) } }] });
  }
  const rows = await db.auditLog.findMany({ where: { AND: and }, orderBy: [{ at: "desc" }, { id: "desc" }], take: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const actorIds = [...new Set(page.map((row) => row.actorId).filter((id): id is string => id !== null))];
  const actors = await db.portalUser.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
  const names = new Map(actors.map((a) => [a.id, a.name]));
  return {
    rows: page.map((row) => ({ ...row, id: row.id.toString(), at: row.at.toISOString(), actorName: row.actorId ? (names.get(row.actorId) ?? null) : null })),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ t: last.at.toISOString(), i: last.id.toString() }) : null,
  };
}
