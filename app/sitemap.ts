import type { MetadataRoute } from "next";
import { FAQ_CATEGORIES } from "@/lib/help/faq-categories";
import { listPublishedArticles } from "@/lib/help/list-published-articles";
import { publicBaseUrl } from "@/lib/http/public-base-url";

// Asked for rarely: read per request, so a new article is listed at once and the origin is the
// running portal's.
export const dynamic = "force-dynamic";

/**
 * /sitemap.xml: the public pages search engines should index. One URL per page serves both
 * languages (the visitor's cookie or Accept-Language picks one, decision 006), so each is listed once.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = publicBaseUrl();
  const url = (path: string) => new URL(path, base).toString();
  const lists = await Promise.all(["zh-CN", "en"].map((locale) => listPublishedArticles({ locale })));
  const articles = [...new Map(lists.flat().map((article) => [article.slug, article])).values()];
  return [
    { url: url("/"), changeFrequency: "weekly", priority: 1 },
    { url: url("/diagnose"), changeFrequency: "monthly", priority: 0.8 },
    { url: url("/faq"), changeFrequency: "weekly", priority: 0.8 },
    ...FAQ_CATEGORIES.map((category) => ({ url: url(`/faq/category/${category}`), changeFrequency: "weekly" as const, priority: 0.5 })),
    ...articles.map((article) => ({ url: url(`/faq/${article.slug}`), lastModified: article.updatedAt, changeFrequency: "monthly" as const, priority: 0.6 })),
  ];
}
