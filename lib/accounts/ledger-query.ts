import { z } from "zod";
import { cursorParam } from "@/lib/http/keyset-cursor";
import { cursorMoment, queryMoment } from "@/lib/http/query-dates";

const ENTRY_TYPES = ["TOP_UP", "PAYMENT", "REFUND", "REFUND_REVERSAL", "TRANSFER_IN", "TRANSFER_OUT", "TRANSFER_RECALL", "WITHDRAWAL", "FEE", "PROMO_CREDIT", "PROMO_CLAWBACK", "RISK_HOLD", "RISK_RELEASE", "ADJUSTMENT"] as const;

/** The ledger cursor: the last entry's (occurredAt, seq), newest first. */
export const ledgerCursor = z.object({ t: cursorMoment, s: z.number().int() });

/** Filters of an account's ledger: the page, GET …/entries and …/entries.csv share them. */
export const ledgerQuery = z
  .object({
    type: z.union([z.enum(ENTRY_TYPES), z.array(z.enum(ENTRY_TYPES)).max(ENTRY_TYPES.length)], { error: `must be one of ${ENTRY_TYPES.join(", ")}` }).transform((v) => (Array.isArray(v) ? v : [v])).optional(),
    status: z.enum(["POSTED", "PENDING"], { error: "must be POSTED or PENDING" }).optional(),
    from: queryMoment.optional(),
    to: queryMoment.optional(),
    cursor: cursorParam(ledgerCursor).optional(),
    limit: z.coerce.number({ error: "must be a number" }).int().min(1, { error: "at least 1" }).max(200, { error: "at most 200" }).default(50),
    ticket: z.coerce.number({ error: "must be a ticket number" }).int().positive().optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], error: "must not be before from" });

export type LedgerQuery = z.output<typeof ledgerQuery>;

/** A date alone means the whole day in China time (the desk's day), a date-time means itself. */
export function ledgerBound(value: string, edge: "from" | "to"): Date {
  if (value.length > 10) return new Date(value);
  const start = new Date(`${value}T00:00:00+08:00`);
  return edge === "from" ? start : new Date(start.getTime() + 24 * 60 * 60_000 - 1);
}
