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

/** A span such as an SLA's time left: "1 d 2 h", "3 h 5 min", "12 min" (zh-CN: "1天2小时"). */
export function formatDuration(ms: number, locale: string): string {
  const minutes = Math.max(0, Math.floor(Math.abs(ms) / 60_000));
  const [d, h, m] = [Math.floor(minutes / 1440), Math.floor((minutes % 1440) / 60), minutes % 60];
  const zh = locale.startsWith("zh");
  const unit = { d: zh ? "天" : " d", h: zh ? "小时" : " h", m: zh ? "分钟" : " min" };
  const parts = d > 0 ? [`${d}${unit.d}`, h > 0 ? `${h}${unit.h}` : ""] : h > 0 ? [`${h}${unit.h}`, m > 0 ? `${m}${unit.m}` : ""] : [`${m}${unit.m}`];
  return parts.filter(Boolean).join(zh ? "" : " ");
}
