-- SMS one-time codes and the development sender's outbox (issue 12,
-- docs/decisions/020-sms-code-sign-in.md). A wallet user who has only signed in by code has
-- no password yet, so passwordHash becomes nullable.

-- CreateEnum
CREATE TYPE "OneTimeCodePurpose" AS ENUM ('SIGN_IN', 'PASSWORD');

-- AlterTable
ALTER TABLE "PortalUser" ALTER COLUMN "passwordHash" DROP NOT NULL;

-- CreateTable
CREATE TABLE "OneTimeCode" (
    "id" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "purpose" "OneTimeCodePurpose" NOT NULL,
    "codeHash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OneTimeCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SmsOutboxMessage" (
    "id" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "code" TEXT,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SmsOutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OneTimeCode_phone_purpose_createdAt_idx" ON "OneTimeCode"("phone", "purpose", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "OneTimeCode_expiresAt_idx" ON "OneTimeCode"("expiresAt");

-- CreateIndex
CREATE INDEX "SmsOutboxMessage_to_sentAt_idx" ON "SmsOutboxMessage"("to", "sentAt" DESC);

-- CreateIndex
CREATE INDEX "SmsOutboxMessage_sentAt_idx" ON "SmsOutboxMessage"("sentAt");
