import "server-only";
import type { FaqStatus } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { articleSearchFields } from "@/lib/help/article-search-fields";
import { isFaqCategory } from "@/lib/help/faq-categories";
import { requireHelpEditor } from "@/lib/help/require-help-editor";

export type RestoredArticle = { id: string; slug: string; locale: string; category: string; status: FaqStatus; revisionId: string; previous: { slug: string; category: string } };

/**
 * Makes an old revision's title, summary, category, body and tags the article's content again, as
 * a NEW revision (the history is never rewritten), exactly as saving that text would: status,
 * publication, slug and order stay as they are (a published article shows the restored text).
 * `seenUpdatedAt` is the article's `updatedAt` when the editor opened the page: if it has changed
 * since, nothing is written (CONFLICT). Article, revision and audit row commit together or not at all.
 */
export async function restoreArticleRevision(options: { actor: SessionUser | null; articleId: string; revisionId: string; seenUpdatedAt: Date | null }): Promise<RestoredArticle> {
  const actor = requireHelpEditor(options.actor);
  const { articleId, revisionId, seenUpdatedAt } = options;
  return db.$transaction(async (tx) => {
    const article = await tx.faqArticle.findUnique({ where: { id: articleId }, select: { slug: true, locale: true, category: true, status: true } });
    if (!article) throw new AppError("NOT_FOUND", "No article has this id.");
    // Only this article's own revisions: another article's id is as unknown as a made-up one.
    const revision = await tx.faqRevision.findFirst({ where: { id: revisionId, articleId }, select: { title: true, summary: true, category: true, body: true, tags: true } });
    if (!revision) throw new AppError("NOT_FOUND", "This article has no such revision.");
    // A category removed from the help center since would leave the article on no page.
    if (!isFaqCategory(revision.category)) throw new AppError("BAD_REQUEST", "This revision's category no longer exists.", { field: "category" });
    const content = { title: revision.title, summary: revision.summary, category: revision.category, body: revision.body, tags: revision.tags };
    // Compare-and-set on updatedAt: a save or restore that committed since the page was opened moved it.
    const { count } = seenUpdatedAt
      ? await tx.faqArticle.updateMany({ where: { id: articleId, updatedAt: seenUpdatedAt }, data: { ...content, ...articleSearchFields(content) } })
      : { count: 0 };
    if (count === 0) throw new AppError("CONFLICT", "The article changed since you opened it: reload and try again.", { reason: "article_changed" });
    const created = await tx.faqRevision.create({ data: { articleId, editorId: actor.id, ...content, status: article.status }, select: { id: true } });
    await recordAudit({
      client: tx,
      actor,
      action: "faq.restore",
      targetType: "FaqArticle",
      targetId: articleId,
      metadata: { slug: article.slug, locale: article.locale, status: article.status, restoredRevisionId: revisionId, revisionId: created.id },
    });
    return { id: articleId, slug: article.slug, locale: article.locale, category: content.category, status: article.status, revisionId: created.id, previous: { slug: article.slug, category: article.category } };
  });
}
