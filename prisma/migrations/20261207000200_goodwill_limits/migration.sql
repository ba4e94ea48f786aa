-- Goodwill adjustments (decision 027): retries are answered by the one idempotency helper
-- (IdempotencyKey, scoped per caller), so the adjustment's own global key goes; each row says
-- which limit sent it to approval; today's totals per account and per requester are indexed.

-- CreateEnum
CREATE TYPE "AdjustmentApprovalReason" AS ENUM ('SINGLE_THRESHOLD', 'ACCOUNT_DAILY_LIMIT', 'AGENT_DAILY_LIMIT');

-- DropIndex
DROP INDEX "GoodwillAdjustment_idempotencyKey_key";

-- DropIndex
DROP INDEX "GoodwillAdjustment_accountId_idx";

-- DropIndex
DROP INDEX "GoodwillAdjustment_requestedById_idx";

-- AlterTable
ALTER TABLE "GoodwillAdjustment" DROP COLUMN "idempotencyKey",
ADD COLUMN     "approvalReason" "AdjustmentApprovalReason";

-- CreateIndex
CREATE INDEX "GoodwillAdjustment_accountId_createdAt_idx" ON "GoodwillAdjustment"("accountId", "createdAt");

-- CreateIndex
CREATE INDEX "GoodwillAdjustment_requestedById_createdAt_idx" ON "GoodwillAdjustment"("requestedById", "createdAt");
