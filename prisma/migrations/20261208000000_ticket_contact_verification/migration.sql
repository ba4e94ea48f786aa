-- Decision 035: a reporter without a session proves the phone left on a ticket with an SMS code.
-- AlterEnum
ALTER TYPE "OneTimeCodePurpose" ADD VALUE 'TICKET';

-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN "contactVerifiedAt" TIMESTAMP(3);
ALTER TABLE "Ticket" ADD COLUMN "locale" TEXT;
