/** Where the portal's users live unless they say otherwise (PRODUCT.md). */
export const DEFAULT_TIME_ZONE = "Asia/Shanghai";

// A pure cache: building a DateTimeFormat is the expensive part.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** "2026年11月17日 02:48" / "Nov 17, 2026, 02:48" in the reader's time zone (default Shanghai). */
export function formatDateTime(date: Date, locale: string, timeZone: string = DEFAULT_TIME_ZONE): string {
  const key = `${locale}|${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", hourCycle: "h23", timeZone });
    formatters.set(key, formatter);
  }
  return formatter.format(date);
}
