import "server-only";
import { db } from "@/lib/db";

export type PublishedArticle = {
  slug: string;
  locale: string;
  category: string;
  title: string;
  summary: string;
  body: string;
  tags: string[];
  publishedAt: Date | null;
  updatedAt: Date;
  related: { slug: string; title: string }[];
};

const RELATED = 4;

/** One published article with a few related ones (same category first, then shared tags), or null. */
export async function getPublishedArticle(options: { locale: string; slug: string }): Promise<PublishedArticle | null> {
  const article = await db.faqArticle.findUnique({
    where: { slug_locale: { slug: options.slug, locale: options.locale } },
    select: { slug: true, locale: true, category: true, title: true, summary: true, body: true, tags: true, status: true, publishedAt: true, updatedAt: true },
  });
  if (!article || article.status !== "PUBLISHED") return null;
  const candidates = await db.faqArticle.findMany({
    where: { locale: options.locale, status: "PUBLISHED", slug: { not: article.slug }, OR: [{ category: article.category }, { tags: { hasSome: article.tags } }] },
    select: { slug: true, title: true, category: true },
    orderBy: [{ position: "asc" }, { slug: "asc" }],
  });
  const related = [...candidates.filter((c) => c.category === article.category), ...candidates.filter((c) => c.category !== article.category)]
    .slice(0, RELATED)
    .map(({ slug, title }) => ({ slug, title }));
  const { status: _status, ...rest } = article;
  return { ...rest, related };
}
