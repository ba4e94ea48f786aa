-- Idempotency keys scoped to a caller and an operation, reserved before the work (decision 015);
-- wizard sessions with a hashed resume token, an expiry, the tree version and the steps taken
-- (decision 014); tickets opened without a session carry the contact given and are unverified.

-- Hand-written: nothing wrote IdempotencyKey before this migration, and its old rows (global keys,
-- no request hash) cannot be scoped to a caller: drop them so the NOT NULL columns can be added.
DELETE FROM "IdempotencyKey";

-- CreateEnum
CREATE TYPE "WizardOutcome" AS ENUM ('SELF_SERVED', 'TICKET');

-- DropIndex
DROP INDEX "IdempotencyKey_createdAt_idx";

-- AlterTable
ALTER TABLE "IdempotencyKey" DROP CONSTRAINT "IdempotencyKey_pkey",
DROP COLUMN "scope",
DROP COLUMN "userId",
ADD COLUMN     "caller" TEXT NOT NULL,
ADD COLUMN     "expiresAt" TIMESTAMP(3) NOT NULL,
ADD COLUMN     "id" TEXT NOT NULL,
ADD COLUMN     "operation" TEXT NOT NULL,
ADD COLUMN     "requestHash" TEXT NOT NULL,
ALTER COLUMN "statusCode" DROP NOT NULL,
ALTER COLUMN "response" DROP NOT NULL,
ADD CONSTRAINT "IdempotencyKey_pkey" PRIMARY KEY ("id");

-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "contact" TEXT,
ADD COLUMN     "verified" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "WizardSession" ADD COLUMN     "expiresAt" TIMESTAMP(3),
ADD COLUMN     "outcome" "WizardOutcome",
ADD COLUMN     "resultId" TEXT,
ADD COLUMN     "resumeTokenHash" TEXT,
ADD COLUMN     "steps" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "treeVersion" INTEGER NOT NULL DEFAULT 1;

-- Hand-written: sessions from before this migration get an unguessable token hash nobody holds
-- (they cannot be resumed) and expire 30 days after they started, then the columns become required.
UPDATE "WizardSession" SET "resumeTokenHash" = encode(sha256(convert_to("id" || gen_random_uuid()::text, 'UTF8')), 'hex'),
  "expiresAt" = "createdAt" + interval '30 days';
ALTER TABLE "WizardSession" ALTER COLUMN "resumeTokenHash" SET NOT NULL,
ALTER COLUMN "expiresAt" SET NOT NULL;

-- CreateIndex
CREATE INDEX "IdempotencyKey_expiresAt_idx" ON "IdempotencyKey"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "IdempotencyKey_caller_operation_key_key" ON "IdempotencyKey"("caller", "operation", "key");

-- CreateIndex
CREATE UNIQUE INDEX "WizardSession_resumeTokenHash_key" ON "WizardSession"("resumeTokenHash");

-- CreateIndex
CREATE INDEX "WizardSession_expiresAt_idx" ON "WizardSession"("expiresAt");

-- CreateIndex
CREATE INDEX "WizardSession_createdAt_idx" ON "WizardSession"("createdAt");
