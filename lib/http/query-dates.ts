import { z } from "zod";
import { QUERY_ISSUE } from "./parse-query";

/**
 * The calendar years a date in a query or a paging cursor may name. Wide enough for any ledger
 * or log this desk will hold, narrow enough that every bound the filters derive from it (a day
 * in China time, a date-time with any offset) is a timestamp JavaScript, Prisma and PostgreSQL
 * all read the same way. Year 0 is what made `?from=0001-01-01` a 500: `…T00:00+08:00` becomes
 * "0000-12-31T16:00Z", a year PostgreSQL does not have.
 */
export const QUERY_YEARS = { first: 2000, last: 2099 } as const;
export const QUERY_DATE_RANGE_TEXT = `must be between ${QUERY_YEARS.first}-01-01 and ${QUERY_YEARS.last}-12-31`;

/** Every ISO date and date-time starts with its four-digit year (zod checked the shape first). */
function isInQueryYears(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return year >= QUERY_YEARS.first && year <= QUERY_YEARS.last;
}

const inRange = { error: QUERY_DATE_RANGE_TEXT, params: { code: QUERY_ISSUE.dateOutOfRange } } as const;

/** A filter bound: a day (2026-11-30) or an ISO date-time with an offset, within QUERY_YEARS. */
export const queryMoment = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })], { error: "must be a date (2026-11-30) or an ISO date-time" })
  .refine(isInQueryYears, inRange);

/** A row's timestamp inside a paging cursor (always UTC, as toISOString writes it), within QUERY_YEARS. */
export const cursorMoment = z.iso.datetime().refine(isInQueryYears, inRange);
