import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { ledgerBound, ledgerQuery } from "@/lib/accounts/ledger-query";
import { auditQuery } from "@/lib/audit/audit-query";
import { ticketQueueQuery } from "@/lib/tickets/ticket-queue-query";
import { encodeCursor } from "./keyset-cursor";
import { parseQuery, QUERY_ISSUE } from "./parse-query";

const LISTS: Record<"ledger" | "audit" | "queue", z.ZodType<unknown>> = { ledger: ledgerQuery, audit: auditQuery, queue: ticketQueueQuery };

/** Date-shaped text with any year, month and day, sometimes a time and an offset: where 500s hid. */
const dateLike = fc
  .tuple(
    fc.integer({ min: 0, max: 99_999 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
    fc.option(fc.tuple(fc.integer({ min: 0, max: 24 }), fc.constantFrom("Z", "+08:00", "-12:00", "+14:00", "")), { nil: null }),
  )
  .map(([y, m, d, time]) => {
    const date = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    return time ? `${date}T${String(time[0]).padStart(2, "0")}:00:00${time[1]}` : date;
  });
const anyText = fc.oneof(dateLike, fc.string(), fc.string({ unit: "grapheme" }), fc.constantFrom("0001-01-01", "0000-00-00", "99999-01-01", "2100-01-01", "1999-12-31"));
/** Cursors: garbage, and well-formed cursors of every list with any timestamp. */
const cursorLike = fc.oneof(
  fc.string(),
  fc.tuple(dateLike, fc.integer({ min: -5, max: 5 })).map(([t, n]) => encodeCursor({ t, s: n })),
  fc.tuple(dateLike, fc.nat()).map(([t, i]) => encodeCursor({ t, i: String(i) })),
  fc.tuple(fc.option(dateLike, { nil: null }), fc.integer({ min: -1, max: 5 })).map(([d, n]) => encodeCursor({ d, n })),
);

describe("dates in agent queries", () => {
  it.each(["0001-01-01", "0001-01-01T00:00:00Z", "1999-12-31", "2100-01-01", "9999-12-31T23:00:00-05:00"])("refuses %s, naming the field and the window", (value) => {
    for (const schema of [LISTS.ledger, LISTS.audit]) {
      const parsed = parseQuery({ from: value }, schema);
      expect(parsed).toEqual({ ok: false, errors: [{ path: "from", message: "must be between 2000-01-01 and 2099-12-31", code: QUERY_ISSUE.dateOutOfRange }] });
    }
  });

  it.each(["0000-00-00", "99999-01-01", "2026-02-30", "yesterday"])("refuses the malformed %s as not a date", (value) => {
    const parsed = parseQuery({ to: value }, ledgerQuery);
    expect(parsed).toEqual({ ok: false, errors: [{ path: "to", message: "must be a date (2026-11-30) or an ISO date-time" }] });
  });

  it("keeps the first and last day of the window", () => {
    expect(parseQuery({ from: "2000-01-01", to: "2099-12-31" }, auditQuery)).toMatchObject({ ok: true, value: { from: "2000-01-01", to: "2099-12-31" } });
  });

  it("any text in any parameter of any list parses or names a field; it never throws", () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(LISTS) as (keyof typeof LISTS)[]), fc.dictionary(fc.constantFrom("from", "to", "cursor", "limit", "sort", "q", "type", "x"), fc.oneof(anyText, cursorLike)), (list, params) => {
        const parsed = parseQuery(params, LISTS[list]);
        if (!parsed.ok) {
          expect(parsed.errors.length).toBeGreaterThan(0);
          for (const error of parsed.errors) expect(error.path.length > 0 && error.message.length > 0).toBe(true);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it("every accepted date and cursor time is a timestamp PostgreSQL stores (years 1999-2100 once in UTC)", () => {
    const inDatabaseRange = (date: Date) => Number.isFinite(date.getTime()) && date.getUTCFullYear() >= 1999 && date.getUTCFullYear() <= 2100;
    fc.assert(
      fc.property(dateLike, dateLike, cursorLike, (from, to, cursor) => {
        const ledger = parseQuery({ from, to, cursor }, ledgerQuery);
        if (ledger.ok) {
          if (ledger.value.from) expect(inDatabaseRange(ledgerBound(ledger.value.from, "from"))).toBe(true);
          if (ledger.value.to) expect(inDatabaseRange(ledgerBound(ledger.value.to, "to"))).toBe(true);
          if (ledger.value.cursor) expect(inDatabaseRange(new Date(ledger.value.cursor.t))).toBe(true);
        }
        const queue = parseQuery({ cursor }, ticketQueueQuery);
        if (queue.ok && queue.value.cursor?.d) expect(inDatabaseRange(new Date(queue.value.cursor.d))).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });
});
