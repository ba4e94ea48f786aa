-- The queue's default order (due soonest, then number) for all tickets, not only unassigned ones.

-- CreateIndex
CREATE INDEX "Ticket_resolutionDueAt_number_idx" ON "Ticket"("resolutionDueAt", "number");
