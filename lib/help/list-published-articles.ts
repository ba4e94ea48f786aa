import "server-only";
import { db } from "@/lib/db";

export type ArticleListItem = { slug: string; category: string; title: string; summary: string; updatedAt: Date };

/** Published articles of one language (optionally one category), in the help center's order. */
export function listPublishedArticles(options: { locale: string; category?: string }): Promise<ArticleListItem[]> {
  return db.faqArticle.findMany({
    where: { locale: options.locale, status: "PUBLISHED", ...(options.category ? { category: options.category } : {}) },
    select: { slug: true, category: true, title: true, summary: true, updatedAt: true },
    orderBy: [{ category: "asc" }, { position: "asc" }, { slug: "asc" }],
  });
}
