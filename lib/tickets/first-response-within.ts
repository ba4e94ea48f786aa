import type { TicketPriority } from "@/generated/prisma/enums";
import { formatDuration } from "@/lib/i18n/format-date-time";
import { SLA_TARGETS } from "./sla-config";

/** Pure: the first-response time the SLA promises for a priority, in words ("30 min", "30分钟"), read from SLA_TARGETS. */
export function firstResponseWithin(priority: TicketPriority, locale: string): string {
  return formatDuration(SLA_TARGETS[priority].firstResponseMinutes * 60_000, locale);
}
