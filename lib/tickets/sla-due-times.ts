import type { TicketPriority } from "@/generated/prisma/enums";
import { SLA_TARGETS } from "./sla-config";

export type SlaDueTimes = { firstResponseDueAt: Date; resolutionDueAt: Date };

const MINUTE_MS = 60_000;

/** When a ticket of this priority, opened at createdAt, must first be answered and be resolved. Pure. */
export function slaDueTimes({ priority, createdAt }: { priority: TicketPriority; createdAt: Date }): SlaDueTimes {
  const target = SLA_TARGETS[priority];
  return {
    firstResponseDueAt: new Date(createdAt.getTime() + target.firstResponseMinutes * MINUTE_MS),
    resolutionDueAt: new Date(createdAt.getTime() + target.resolutionMinutes * MINUTE_MS),
  };
}
