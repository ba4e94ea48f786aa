// The demo help center as table rows: every article of both languages, published by the admin,
// each with its first revision, so the editing screens have a history from the start.
import type { Prisma } from "@/generated/prisma/client";
import { articleSearchFields } from "@/lib/help/article-search-fields";
import { DEMO_NOW } from "../demo-clock";
import { STAFF_ID } from "../demo-logins";
import { ARTICLES_EN } from "./articles-en";
import { ARTICLES_ZH_CN } from "./articles-zh-cn";
import type { FaqSource } from "./faq-source";

export type FaqArticleRow = Prisma.FaqArticleCreateManyInput & { id: string };
export type FaqRevisionRow = Prisma.FaqRevisionCreateManyInput & { id: string };

/** The articles a demo help center carries, per locale (the wizard links to several by slug). */
export const FAQ_SOURCES: Readonly<Record<"zh-CN" | "en", readonly FaqSource[]>> = { "zh-CN": ARTICLES_ZH_CN, en: ARTICLES_EN };

export function buildFaqRows(): { articles: FaqArticleRow[]; revisions: FaqRevisionRow[] } {
  const publishedAt = new Date(DEMO_NOW.getTime() - 30 * 24 * 3600 * 1000);
  const articles: FaqArticleRow[] = [];
  const revisions: FaqRevisionRow[] = [];
  for (const [locale, sources] of Object.entries(FAQ_SOURCES)) {
    sources.forEach((source, position) => {
      const id = `faq_${locale}_${source.slug}`;
      articles.push({ id, locale, position, ...source, ...articleSearchFields(source), status: "PUBLISHED", publishedAt, authorId: STAFF_ID.admin, createdAt: publishedAt, updatedAt: publishedAt });
      const { slug: _slug, ...content } = source;
      revisions.push({ id: `rev_${locale}_${source.slug}`, articleId: id, editorId: STAFF_ID.admin, ...content, status: "PUBLISHED", createdAt: publishedAt });
    });
  }
  return { articles, revisions };
}
