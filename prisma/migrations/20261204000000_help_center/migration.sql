-- Help center (issue 11): article status with publishedAt and author, revisions, feedback, searches
-- without results, and the search indexes. Statements as `prisma migrate diff` emits them, except
-- where a comment says "hand-written".

-- CreateExtension (hand-written): trigram similarity for typo-tolerant search (decision 018).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "FaqStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'UNPUBLISHED');

-- AlterTable
ALTER TABLE "FaqArticle" ADD COLUMN     "authorId" TEXT,
ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "searchBody" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchTitle" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "status" "FaqStatus" NOT NULL DEFAULT 'DRAFT';

-- AlterTable (hand-written GENERATED clause: Prisma knows the column only as Unsupported("tsvector")
-- and never writes it; PostgreSQL keeps it in step with the prepared terms, decision 018).
ALTER TABLE "FaqArticle" ADD COLUMN     "searchVector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, "searchTitle"), 'A') || setweight(to_tsvector('simple'::regconfig, "searchBody"), 'B')) STORED,
ADD COLUMN     "titleVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "searchTitle")) STORED;

-- Hand-written: keep the meaning of rows that already exist before the old flag goes.
UPDATE "FaqArticle" SET "status" = CASE WHEN "published" THEN 'PUBLISHED'::"FaqStatus" ELSE 'UNPUBLISHED'::"FaqStatus" END,
  "publishedAt" = CASE WHEN "published" THEN "updatedAt" END;

-- AlterTable
ALTER TABLE "FaqArticle" DROP COLUMN "published";

-- CreateTable
CREATE TABLE "FaqRevision" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "editorId" TEXT,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "tags" TEXT[],
    "status" "FaqStatus" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FaqRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FaqFeedback" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "visitorId" TEXT NOT NULL,
    "isHelpful" BOOLEAN NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FaqFeedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FaqSearchMiss" (
    "locale" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FaqSearchMiss_pkey" PRIMARY KEY ("locale","query")
);

-- CreateIndex
CREATE INDEX "FaqArticle_authorId_idx" ON "FaqArticle"("authorId");

-- CreateIndex
CREATE INDEX "FaqRevision_articleId_createdAt_idx" ON "FaqRevision"("articleId", "createdAt");

-- CreateIndex
CREATE INDEX "FaqRevision_editorId_idx" ON "FaqRevision"("editorId");

-- CreateIndex
CREATE INDEX "FaqFeedback_articleId_createdAt_idx" ON "FaqFeedback"("articleId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "FaqFeedback_articleId_visitorId_key" ON "FaqFeedback"("articleId", "visitorId");

-- CreateIndex
CREATE INDEX "FaqSearchMiss_locale_count_idx" ON "FaqSearchMiss"("locale", "count");

-- AddForeignKey
ALTER TABLE "FaqArticle" ADD CONSTRAINT "FaqArticle_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "PortalUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FaqRevision" ADD CONSTRAINT "FaqRevision_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "FaqArticle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FaqRevision" ADD CONSTRAINT "FaqRevision_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "PortalUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FaqFeedback" ADD CONSTRAINT "FaqFeedback_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "FaqArticle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateIndex
CREATE INDEX "FaqArticle_searchVector_idx" ON "FaqArticle" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "FaqArticle_searchTitle_trgm_idx" ON "FaqArticle" USING GIN ("searchTitle" gin_trgm_ops);

-- Hand-written: at most one vote per visitor per article is the rule; a comment stays short.
ALTER TABLE "FaqFeedback" ADD CONSTRAINT "FaqFeedback_comment_length" CHECK (char_length("comment") <= 1000);
