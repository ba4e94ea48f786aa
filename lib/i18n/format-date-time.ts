/** Users live in China unless they tell us otherwise: every date on their pages is in this zone. */
export const DEFAULT_TIME_ZONE = "Asia/Shanghai";

// A pure cache: building a DateTimeFormat costs far more than using one.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${withTime}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { timeZone, year: "numeric", month: "short", day: "numeric", ...(withTime ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } : {}) });
    formatters.set(key, found);
  }
  return found;
}

/** "2026年11月10日 10:05" / "Nov 10, 2026, 10:05" in the user's time zone. */
export function formatDateTime(date: Date | string, locale: string, timeZone: string = DEFAULT_TIME_ZONE): string {
  return formatter(locale, timeZone, true).format(new Date(date));
}

export function formatDate(date: Date | string, locale: string, timeZone: string = DEFAULT_TIME_ZONE): string {
  return formatter(locale, timeZone, false).format(new Date(date));
}
