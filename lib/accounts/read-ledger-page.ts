import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { encodeCursor } from "@/lib/http/keyset-cursor";
import { ledgerBound, type LedgerQuery } from "./ledger-query";

export const LEDGER_SELECT = {
  id: true, seq: true, type: true, amountMinor: true, occurredAt: true, status: true,
  counterparty: true, description: true, deviceId: true, relatedEntryId: true, promoId: true, userDisputed: true,
} satisfies Prisma.LedgerEntrySelect;

export type LedgerRow = Prisma.LedgerEntryGetPayload<{ select: typeof LEDGER_SELECT }>;

/**
 * One page of an account's ledger, newest first, keyset on (occurredAt, seq): seq breaks ties
 * between equal timestamps, so a walk never skips or repeats an entry, and a page 1,000 deep
 * is one index range scan like the first. The row comparison `("occurredAt", seq) < (…)` is
 * written in SQL because PostgreSQL turns exactly that form into an index bound (an OR of two
 * conditions it does not). For callers that already checked access and audited.
 */
export async function readLedgerPage({ accountId, query }: { accountId: string; query: LedgerQuery }) {
  const { cursor } = query;
  const conditions: Prisma.Sql[] = [Prisma.sql`"accountId" = ${accountId}`];
  if (query.type) conditions.push(Prisma.sql`"type"::text IN (${Prisma.join(query.type)})`);
  if (query.status) conditions.push(Prisma.sql`"status"::text = ${query.status}`);
  if (query.from) conditions.push(Prisma.sql`"occurredAt" >= ${ledgerBound(query.from, "from")}`);
  if (query.to) conditions.push(Prisma.sql`"occurredAt" <= ${ledgerBound(query.to, "to")}`);
  if (cursor) conditions.push(Prisma.sql`("occurredAt", "seq") < (${new Date(cursor.t)}, ${cursor.s})`);
  const rows = await db.$queryRaw<LedgerRow[]>`
    SELECT "id", "seq", "type"::text AS "type", "amountMinor", "occurredAt", "status"::text AS "status", "counterparty", "description",
      "deviceId", "relatedEntryId", "promoId", "userDisputed"
    FROM "LedgerEntry" WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY "occurredAt" DESC, "seq" DESC LIMIT ${query.limit + 1}`;
  const entries = rows.slice(0, query.limit);
  const last = entries.at(-1);
  // `after` is where the next page starts (the CSV export walks on with it); `nextCursor` is the same for clients.
  const after = rows.length > query.limit && last ? { t: last.occurredAt.toISOString(), s: last.seq } : null;
  return { entries, after, nextCursor: after ? encodeCursor(after) : null };
}

/** The JSON shape of a ledger row: money as a string of minor units (BigInt), times as ISO. */
export function ledgerRowJson(row: LedgerRow) {
  return { ...row, amountMinor: row.amountMinor.toString(), occurredAt: row.occurredAt.toISOString() };
}
