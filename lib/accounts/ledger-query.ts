import { z } from "zod";

const ENTRY_TYPES = ["TOP_UP", "PAYMENT", "REFUND", "REFUND_REVERSAL", "TRANSFER_IN", "TRANSFER_OUT", "TRANSFER_RECALL", "WITHDRAWAL", "FEE", "PROMO_CREDIT", "PROMO_CLAWBACK", "RISK_HOLD", "RISK_RELEASE", "ADJUSTMENT"] as const;

const day = z.union([z.iso.date(), z.iso.datetime({ offset: true })], { error: "must be a date (2026-11-30) or an ISO date-time" });

/** Filters of an account's ledger: the page, GET …/entries and …/entries.csv share them. */
export const ledgerQuery = z
  .object({
    type: z.union([z.enum(ENTRY_TYPES), z.array(z.enum(ENTRY_TYPES)).max(ENTRY_TYPES.length)], { error: `must be one of ${ENTRY_TYPES.join(", ")}` }).transform((v) => (Array.isArray(v) ? v : [v])).optional(),
    status: z.enum(["POSTED", "PENDING"], { error: "must be POSTED or PENDING" }).optional(),
    from: day.optional(),
    to: day.optional(),
    cursor: z.string().max(600).optional(),
    limit: z.coerce.number({ error: "must be a number" }).int().min(1, { error: "at least 1" }).max(200, { error: "at most 200" }).default(50),
    ticket: z.coerce.number({ error: "must be a ticket number" }).int().positive().optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], error: "must not be before from" });

export type LedgerQuery = z.output<typeof ledgerQuery>;

/** The ledger cursor: the last entry's (occurredAt, seq), newest first. */
export const ledgerCursor = z.object({ t: z.iso.datetime(), s: z.number().int() });

/** A date alone means the whole day in China time (the desk's day), a date-time means itself. */
export function ledgerBound(value: string, edge: "from" | "to"): Date {
  if (value.length > 10) return new Date(value);
  const start = new Date(`${value}T00:00:00+08:00`);
  return edge === "from" ? start : new Date(start.getTime() + 24 * 60 * 60_000 - 1);
}
