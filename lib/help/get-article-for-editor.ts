import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { feedbackScore } from "@/lib/help/feedback-score";
import { requireHelpEditor } from "@/lib/help/require-help-editor";
import { diffRevisions } from "@/lib/help/diff-revisions";
import { revisionChanges } from "@/lib/help/revision-changes";

/**
 * One article as an editor sees it: its content, revisions (who, when, what changed, the diff
 * against the one before, and what restoring it would change now) and feedback. Newest first.
 */
export async function getArticleForEditor(options: { actor: SessionUser | null; id: string }) {
  requireHelpEditor(options.actor);
  const article = await db.faqArticle.findUnique({
    where: { id: options.id },
    select: {
      id: true, slug: true, locale: true, category: true, title: true, summary: true, body: true, tags: true, position: true, status: true, publishedAt: true, updatedAt: true,
      author: { select: { name: true } },
      revisions: { orderBy: { createdAt: "asc" }, select: { id: true, title: true, summary: true, category: true, body: true, tags: true, status: true, createdAt: true, editor: { select: { name: true } } } },
      feedback: { orderBy: { createdAt: "desc" }, select: { isHelpful: true, comment: true, createdAt: true } },
    },
  });
  if (!article) throw new AppError("NOT_FOUND", "No article has this id.");
  const { locale } = article;
  const newest = article.revisions.at(-1);
  const revisions = article.revisions
    .map((revision, index) => {
      const previous = article.revisions[index - 1] ?? null;
      const isCurrent = revision === newest;
      return {
        id: revision.id,
        at: revision.createdAt,
        editor: revision.editor?.name ?? null,
        status: revision.status,
        changed: revisionChanges(previous, revision),
        isCurrent,
        diff: previous ? diffRevisions({ before: previous, after: revision, locale }) : null,
        // From the article as it is now to this revision: what restoring it would change.
        restoreDiff: isCurrent ? null : diffRevisions({ before: article, after: revision, locale }),
      };
    })
    .reverse();
  const helpful = article.feedback.filter((f) => f.isHelpful).length;
  return {
    ...article,
    revisions,
    score: feedbackScore({ helpful, notHelpful: article.feedback.length - helpful }),
    comments: article.feedback.filter((f) => f.comment).slice(0, 50),
  };
}
