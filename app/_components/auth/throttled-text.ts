import { fillTemplate } from "@/lib/i18n/fill-template";

/** The two ways of saying how long to wait after too many failed attempts (decision 028). */
export type ThrottledLabels = { throttledSeconds: string; throttledMany: string };

/** "Try again in 30 s" under two minutes, "in 15 minutes" beyond. */
export function throttledText(seconds: number, labels: ThrottledLabels): string {
  return seconds < 120 ? fillTemplate(labels.throttledSeconds, { seconds }) : fillTemplate(labels.throttledMany, { minutes: Math.ceil(seconds / 60) });
}
