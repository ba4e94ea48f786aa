-- Ticket statuses of the agent workspace (issue 10): NEW (nobody has it yet), OPEN (an agent is
-- on it), WAITING_ON_CUSTOMER, RESOLVED, CLOSED. Renamed in place so existing rows keep their
-- meaning: the old OPEN was "not yet picked up" and IN_PROGRESS "being worked on".
ALTER TYPE "TicketStatus" RENAME VALUE 'OPEN' TO 'NEW';
ALTER TYPE "TicketStatus" RENAME VALUE 'IN_PROGRESS' TO 'OPEN';
ALTER TYPE "TicketStatus" RENAME VALUE 'WAITING_ON_USER' TO 'WAITING_ON_CUSTOMER';

-- AlterTable
ALTER TABLE "Ticket" ALTER COLUMN "status" SET DEFAULT 'NEW';
