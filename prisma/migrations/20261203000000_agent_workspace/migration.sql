-- Agent workspace (issue 10): SLA clock on tickets, goodwill adjustments, the periodic-job
-- ledger, indexes for the audit trail of a target and for foreign keys that had none.

-- CreateEnum
CREATE TYPE "AdjustmentStatus" AS ENUM ('PENDING_APPROVAL', 'APPLIED', 'REJECTED');

-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "firstResponseAt" TIMESTAMP(3),
ADD COLUMN     "firstResponseDueAt" TIMESTAMP(3),
ADD COLUMN     "resolutionActions" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "resolutionDueAt" TIMESTAMP(3),
ADD COLUMN     "slaBreachedAt" TIMESTAMP(3),
ADD COLUMN     "slaPausedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "TicketViewer" ADD COLUMN     "isReplying" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "GoodwillAdjustment" (
    "id" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "ticketId" TEXT,
    "amountMinor" BIGINT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "AdjustmentStatus" NOT NULL,
    "requestedById" TEXT,
    "decidedById" TEXT,
    "ledgerEntryId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "GoodwillAdjustment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobRun" (
    "name" TEXT NOT NULL,
    "lastStartedAt" TIMESTAMP(3) NOT NULL,
    "lastRows" INTEGER,
    "lastError" TEXT,

    CONSTRAINT "JobRun_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE UNIQUE INDEX "GoodwillAdjustment_idempotencyKey_key" ON "GoodwillAdjustment"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "GoodwillAdjustment_ledgerEntryId_key" ON "GoodwillAdjustment"("ledgerEntryId");

-- CreateIndex
CREATE INDEX "GoodwillAdjustment_status_createdAt_idx" ON "GoodwillAdjustment"("status", "createdAt");

-- CreateIndex
CREATE INDEX "GoodwillAdjustment_accountId_idx" ON "GoodwillAdjustment"("accountId");

-- CreateIndex
CREATE INDEX "GoodwillAdjustment_ticketId_idx" ON "GoodwillAdjustment"("ticketId");

-- CreateIndex
CREATE INDEX "GoodwillAdjustment_requestedById_idx" ON "GoodwillAdjustment"("requestedById");

-- CreateIndex
CREATE INDEX "GoodwillAdjustment_decidedById_idx" ON "GoodwillAdjustment"("decidedById");

-- CreateIndex
CREATE INDEX "Ticket_slaBreachedAt_idx" ON "Ticket"("slaBreachedAt");

-- CreateIndex
CREATE INDEX "TicketMessage_authorId_idx" ON "TicketMessage"("authorId");

-- CreateIndex
CREATE INDEX "TicketEvent_actorId_idx" ON "TicketEvent"("actorId");

-- CreateIndex
CREATE INDEX "TicketViewer_userId_idx" ON "TicketViewer"("userId");

-- CreateIndex
CREATE INDEX "AuditLog_targetType_targetId_idx" ON "AuditLog"("targetType", "targetId");

-- CreateIndex
CREATE INDEX "WizardSession_accountId_idx" ON "WizardSession"("accountId");

-- AddForeignKey
ALTER TABLE "GoodwillAdjustment" ADD CONSTRAINT "GoodwillAdjustment_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "WalletAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoodwillAdjustment" ADD CONSTRAINT "GoodwillAdjustment_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoodwillAdjustment" ADD CONSTRAINT "GoodwillAdjustment_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "PortalUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoodwillAdjustment" ADD CONSTRAINT "GoodwillAdjustment_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "PortalUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoodwillAdjustment" ADD CONSTRAINT "GoodwillAdjustment_ledgerEntryId_fkey" FOREIGN KEY ("ledgerEntryId") REFERENCES "LedgerEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written (Prisma 6 has no partial indexes): the queue's "unassigned, by due time" view
-- reads only the open, unassigned tickets, however many finished ones pile up.
CREATE INDEX "Ticket_unassigned_due_idx" ON "Ticket"("resolutionDueAt", "number") WHERE "assigneeId" IS NULL AND "status" IN ('NEW', 'OPEN');

-- Hand-written: a goodwill adjustment is a credit.
ALTER TABLE "GoodwillAdjustment" ADD CONSTRAINT "GoodwillAdjustment_amount_positive" CHECK ("amountMinor" > 0);
