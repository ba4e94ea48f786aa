import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { FeedbackInput } from "@/lib/help/help-schemas";

/**
 * One visitor's "was this helpful?" on one published article. The first vote counts and is never
 * changed (a second one is ignored: `recorded: false`); a comment can be added once to that vote.
 * The unique (article, visitor) index decides, so two racing requests still leave one row.
 */
export async function recordFeedback(options: FeedbackInput & { visitorId: string }): Promise<{ recorded: boolean }> {
  const article = await db.faqArticle.findUnique({ where: { slug_locale: { slug: options.slug, locale: options.locale } }, select: { id: true, status: true } });
  if (!article || article.status !== "PUBLISHED") throw new AppError("NOT_FOUND", "No published article has this slug in this language.");
  const comment = options.comment ? options.comment : null;
  const rows = await db.$queryRaw<{ id: string }[]>`
    INSERT INTO "FaqFeedback" ("id", "articleId", "visitorId", "isHelpful", "comment", "createdAt")
    VALUES (${randomUUID()}, ${article.id}, ${options.visitorId}, ${options.isHelpful}, ${comment}, now())
    ON CONFLICT ("articleId", "visitorId") DO UPDATE SET "comment" = EXCLUDED."comment"
      WHERE "FaqFeedback"."comment" IS NULL AND EXCLUDED."comment" IS NOT NULL
    RETURNING "id"`;
  return { recorded: rows.length > 0 };
}
