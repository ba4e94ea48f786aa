import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { feedbackScore, type FeedbackScore } from "@/lib/help/feedback-score";
import { orderArticlesForReview } from "@/lib/help/order-articles-for-review";
import { requireHelpEditor } from "@/lib/help/require-help-editor";

export type EditorArticleRow = { id: string; slug: string; locale: string; category: string; title: string; status: string; updatedAt: Date; score: FeedbackScore };

/**
 * Every article in every state with its helpfulness, in the editors' reading order
 * (`orderArticlesForReview`: low-rated first, the surest first; articles without votes last,
 * by language and position).
 */
export async function listArticlesForEditors(options: { actor: SessionUser | null }): Promise<EditorArticleRow[]> {
  requireHelpEditor(options.actor);
  const [articles, votes] = await Promise.all([
    db.faqArticle.findMany({
      select: { id: true, slug: true, locale: true, category: true, title: true, status: true, updatedAt: true },
      orderBy: [{ locale: "asc" }, { category: "asc" }, { position: "asc" }],
    }),
    db.faqFeedback.groupBy({ by: ["articleId", "isHelpful"], _count: { _all: true } }),
  ]);
  const counts = new Map<string, { helpful: number; notHelpful: number }>();
  for (const vote of votes) {
    const count = counts.get(vote.articleId) ?? { helpful: 0, notHelpful: 0 };
    count[vote.isHelpful ? "helpful" : "notHelpful"] = vote._count._all;
    counts.set(vote.articleId, count);
  }
  return orderArticlesForReview(articles.map((a) => ({ ...a, score: feedbackScore(counts.get(a.id) ?? { helpful: 0, notHelpful: 0 }) })));
}
