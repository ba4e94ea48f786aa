import type { TicketStatus } from "@/generated/prisma/enums";

/** After the customer answers, the ticket is back with support: its agent's if it has one. */
export function statusAfterCustomerReply(status: TicketStatus, hasAssignee: boolean): TicketStatus {
  if (status === "WAITING_ON_CUSTOMER" || status === "RESOLVED") return hasAssignee ? "OPEN" : "NEW";
  return status;
}
