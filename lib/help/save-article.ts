import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { FaqStatus } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { articleSearchFields } from "@/lib/help/article-search-fields";
import type { ArticleInput } from "@/lib/help/help-schemas";
import { requireHelpEditor } from "@/lib/help/require-help-editor";

export type SaveIntent = "save" | "publish" | "unpublish";
export type SavedArticle = { id: string; slug: string; locale: string; category: string; status: FaqStatus; previous: { slug: string; category: string } | null };

function nextStatus(current: FaqStatus | null, intent: SaveIntent): FaqStatus {
  if (intent === "publish") return "PUBLISHED";
  if (intent === "unpublish") return "UNPUBLISHED";
  return current ?? "DRAFT";
}

/**
 * Creates (no `id`) or updates an article, and writes the whole new version as a revision with
 * its editor, in one transaction; then the audit row. The caller refreshes the public pages.
 */
export async function saveArticle(options: { actor: SessionUser | null; id?: string; input: ArticleInput; intent: SaveIntent }): Promise<SavedArticle> {
  const actor = requireHelpEditor(options.actor);
  const { input, intent } = options;
  const content = { ...input, ...articleSearchFields(input) };
  try {
    const saved = await db.$transaction(async (tx) => {
      const current = options.id ? await tx.faqArticle.findUnique({ where: { id: options.id }, select: { status: true, publishedAt: true, slug: true, category: true } }) : null;
      if (options.id && !current) throw new AppError("NOT_FOUND", "No article has this id.");
      const status = nextStatus(current?.status ?? null, intent);
      const publishedAt = status === "PUBLISHED" ? (current?.status === "PUBLISHED" ? current.publishedAt : new Date()) : (current?.publishedAt ?? null);
      const article = current
        ? await tx.faqArticle.update({ where: { id: options.id }, data: { ...content, status, publishedAt }, select: { id: true } })
        : await tx.faqArticle.create({ data: { ...content, status, publishedAt, authorId: actor.id }, select: { id: true } });
      await tx.faqRevision.create({
        data: { articleId: article.id, editorId: actor.id, title: input.title, summary: input.summary, category: input.category, body: input.body, tags: input.tags, status },
      });
      return { id: article.id, slug: input.slug, locale: input.locale, category: input.category, status, previous: current ? { slug: current.slug, category: current.category } : null };
    });
    await recordAudit({ actor, action: `faq.${intent}`, targetType: "FaqArticle", targetId: saved.id, metadata: { slug: saved.slug, locale: saved.locale, status: saved.status } });
    return saved;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("CONFLICT", "An article with this slug already exists in this language.");
    throw error;
  }
}
