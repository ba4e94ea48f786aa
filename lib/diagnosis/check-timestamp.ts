// Timestamps must be ISO-8601 with a zone so that every reader places them on the same instant.
// Date.parse alone is not enough: V8 silently rolls "2024-02-30" over to March 1st.

const ISO_WITH_ZONE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;
const ISO_WITHOUT_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return isLeap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function quoteInput(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

/**
 * Returns null when `value` is an ISO-8601 timestamp with a zone (Z or ±HH:MM) naming a real
 * instant, otherwise a message saying what is wrong. Seconds and fractions (up to 9 digits,
 * truncated to milliseconds) are optional.
 */
export function checkTimestamp(value: string): string | null {
  const match = ISO_WITH_ZONE.exec(value);
  if (!match) {
    if (ISO_WITHOUT_ZONE.test(value)) {
      return `must include a time zone (Z or ±HH:MM), e.g. "2024-09-01T10:00:00Z" (got ${quoteInput(value)})`;
    }
    return `must be an ISO-8601 timestamp with a zone, e.g. "2024-09-01T10:00:00Z" (got ${quoteInput(value)})`;
  }
  const [, y, mo, d, h, mi, s, , oh, om] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12) return `${quoteInput(value)} is not a real date: there is no month ${mo}`;
  const monthDays = daysInMonth(year, month);
  if (day < 1 || day > monthDays) {
    return `${quoteInput(value)} is not a real date: ${y}-${mo} has ${monthDays} days`;
  }
  if (Number(h) > 23 || Number(mi) > 59 || (s !== undefined && Number(s) > 59)) {
    return `${quoteInput(value)} is not a real time of day (00:00:00 to 23:59:59)`;
  }
  if (oh !== undefined && (Number(oh) > 23 || Number(om) > 59)) {
    return `${quoteInput(value)} has an impossible zone offset`;
  }
  if (Number.isNaN(Date.parse(value))) return `${quoteInput(value)} is not a valid timestamp`;
  return null;
}
