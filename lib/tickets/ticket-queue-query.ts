import { z } from "zod";
import { cursorParam } from "@/lib/http/keyset-cursor";
import { plainText } from "@/lib/http/plain-text";
import { cursorMoment } from "@/lib/http/query-dates";

const many = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).max(10)]).transform((v) => (Array.isArray(v) ? v : [v]) as z.output<T>[]);

export const TICKET_SORTS = ["due", "newest", "oldest"] as const;

/** The cursor: the last row's sort key (due time or null, and its number). */
export const ticketCursor = z.object({ d: cursorMoment.nullable(), n: z.number().int().positive() });

/** The queue's filters, one schema for the page's search params and GET /api/agent/tickets. */
export const ticketQueueQuery = z.object({
  status: many(z.enum(["NEW", "OPEN", "WAITING_ON_CUSTOMER", "RESOLVED", "CLOSED"], { error: "must be NEW, OPEN, WAITING_ON_CUSTOMER, RESOLVED or CLOSED" })).optional(),
  cause: z.enum(["REFUND", "PROMO", "HACK", "OVERDRAFT", "OTHER"], { error: "must be REFUND, PROMO, HACK, OVERDRAFT or OTHER" }).optional(),
  priority: z.enum(["LOW", "NORMAL", "HIGH", "URGENT"], { error: "must be LOW, NORMAL, HIGH or URGENT" }).optional(),
  mine: z.enum(["mine", "unassigned", "all"], { error: "must be mine, unassigned or all" }).default("all"),
  breached: z.enum(["true", "false"], { error: "must be true or false" }).transform((v) => v === "true").optional(),
  q: plainText(100).optional(),
  sort: z.enum(TICKET_SORTS, { error: "must be due, newest or oldest" }).default("due"),
  cursor: cursorParam(ticketCursor).optional(),
  limit: z.coerce.number({ error: "must be a number" }).int().min(1, { error: "at least 1" }).max(100, { error: "at most 100" }).default(25),
});

export type TicketQueueQuery = z.output<typeof ticketQueueQuery>;
