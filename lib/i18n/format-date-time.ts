/** Staff and customers read times in China time unless they chose another zone. */
export const DEFAULT_TIME_ZONE = "Asia/Shanghai";

/** "2026/11/30 10:05" (zh-CN) or "11/30/2026, 10:05" (en), in the given time zone. */
export function formatDateTime(date: Date, locale: string, timeZone = DEFAULT_TIME_ZONE): string {
  return new Intl.DateTimeFormat(locale, { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);
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
