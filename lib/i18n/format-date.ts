import { DEFAULT_TIME_ZONE } from "./format-date-time";

// A pure cache, as in format-date-time.ts.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** "2026年11月14日" / "Nov 14, 2026": a day in the reader's time zone (default Shanghai). */
export function formatDate(date: Date, locale: string, timeZone: string = DEFAULT_TIME_ZONE): string {
  const key = `${locale}|${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone });
    formatters.set(key, formatter);
  }
  return formatter.format(date);
}
