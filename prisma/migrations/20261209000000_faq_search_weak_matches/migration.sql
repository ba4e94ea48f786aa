-- Decision 038: search gaps also count searches whose best match is weak, and say which kind.
-- CreateEnum
CREATE TYPE "FaqSearchMissKind" AS ENUM ('NO_RESULTS', 'WEAK');

-- AlterTable: every gap stored so far found nothing.
ALTER TABLE "FaqSearchMiss" ADD COLUMN "kind" "FaqSearchMissKind" NOT NULL DEFAULT 'NO_RESULTS';
