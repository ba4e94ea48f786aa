import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { decodeCursor, encodeCursor } from "@/lib/http/keyset-cursor";
import { ledgerBound, ledgerCursor, type LedgerQuery } from "./ledger-query";

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
export async function readLedgerPage({ accountId, query, cursorText }: { accountId: string; query: LedgerQuery; cursorText?: string }) {
  const cursor = parseLedgerCursor(cursorText ?? query.cursor);
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
  return { entries, nextCursor: rows.length > query.limit && last ? encodeCursor({ t: last.occurredAt.toISOString(), s: last.seq }) : null };
}

/** A page cursor given by a client, checked: a tampered one is a 400 naming the field. */
export function parseLedgerCursor(text: string | undefined) {
  const cursor = text ? decodeCursor(text, ledgerCursor) : null;
  if (text && !cursor) throw new AppError("BAD_REQUEST", "not a cursor from this ledger: start again without it", { field: "cursor" });
  return cursor;
}

/** The JSON shape of a ledger row: money as a string of minor units (BigInt), times as ISO. */
export function ledgerRowJson(row: LedgerRow) {
  return { ...row, amountMinor: row.amountMinor.toString(), occurredAt: row.occurredAt.toISOString() };
}
