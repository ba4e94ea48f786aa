import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { feedbackScore, type FeedbackScore } from "@/lib/help/feedback-score";
import { requireHelpEditor } from "@/lib/help/require-help-editor";

export type EditorArticleRow = { id: string; slug: string; locale: string; category: string; title: string; status: string; updatedAt: Date; score: FeedbackScore };

/** Every article in every state with its helpfulness; low scorers first, then by language and order. */
export async function listArticlesForEditors(options: { actor: SessionUser | null }): Promise<EditorArticleRow[]> {
  requireHelpEditor(options.actor);
  const [articles, votes] = await Promise.all([
    db.faqArticle.findMany({
      select: { id: true, slug: true, locale: true, category: true, title: true, status: true, updatedAt: true },
      orderBy: [{ locale: "asc" }, { category: "asc" }, { position: "asc" }],
    }),
    db.faqFeedback.groupBy({ by: ["articleId", "isHelpful"], _count: { _all: true } }),
  ]);
  const countOf = (id: string, isHelpful: boolean) => votes.find((v) => v.articleId === id && v.isHelpful === isHelpful)?._count._all ?? 0;
  const rows = articles.map((a) => ({ ...a, score: feedbackScore({ helpful: countOf(a.id, true), notHelpful: countOf(a.id, false) }) }));
  return [...rows.filter((r) => r.score.isLow), ...rows.filter((r) => !r.score.isLow)];
}
