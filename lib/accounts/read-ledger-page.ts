import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { decodeCursor, encodeCursor } from "@/lib/http/keyset-cursor";
import { ledgerBound, ledgerCursor, type LedgerQuery } from "./ledger-query";

export const LEDGER_SELECT = {
  id: true, seq: true, type: true, amountMinor: true, occurredAt: true, status: true,
  counterparty: true, description: true, deviceId: true, relatedEntryId: true, promoId: true, userDisputed: true,
} satisfies Prisma.LedgerEntrySelect;

export type LedgerRow = Prisma.LedgerEntryGetPayload<{ select: typeof LEDGER_SELECT }>;

export function ledgerWhere(accountId: string, query: Omit<LedgerQuery, "cursor" | "limit">): Prisma.LedgerEntryWhereInput {
  return {
    accountId,
    ...(query.type ? { type: { in: query.type } } : {}),
    ...(query.status ? { status: query.status } : {}),
    occurredAt: { ...(query.from ? { gte: ledgerBound(query.from, "from") } : {}), ...(query.to ? { lte: ledgerBound(query.to, "to") } : {}) },
  };
}

/**
 * One page of an account's ledger, newest first, keyset on (occurredAt, seq): seq breaks ties
 * between equal timestamps, so a walk never skips or repeats an entry, and a page 1,000 deep
 * is one index range scan like the first. For callers that already checked access and audited.
 */
export async function readLedgerPage({ accountId, query, cursorText }: { accountId: string; query: LedgerQuery; cursorText?: string }) {
  const text = cursorText ?? query.cursor;
  const cursor = text ? decodeCursor(text, ledgerCursor) : null;
  if (text && !cursor) throw new AppError("BAD_REQUEST", "not a cursor from this ledger: start again without it", { field: "cursor" });
  const where = ledgerWhere(accountId, query);
  if (cursor) {
    const at = new Date(cursor.t);
    // The redundant bound keeps the index range tight; the OR is the exact tie-break.
    where.AND = [{ occurredAt: { lte: at } }, { OR: [{ occurredAt: { lt: at } }, { occurredAt: at, seq: { lt: cursor.s } }] }];
  }
  const rows = await db.ledgerEntry.findMany({ where, orderBy: [{ occurredAt: "desc" }, { seq: "desc" }], take: query.limit + 1, select: LEDGER_SELECT });
  const entries = rows.slice(0, query.limit);
  const last = entries.at(-1);
  return { entries, nextCursor: rows.length > query.limit && last ? encodeCursor({ t: last.occurredAt.toISOString(), s: last.seq }) : null };
}

/** The JSON shape of a ledger row: money as a string of minor units (BigInt), times as ISO. */
export function ledgerRowJson(row: LedgerRow) {
  return { ...row, amountMinor: row.amountMinor.toString(), occurredAt: row.occurredAt.toISOString() };
}
