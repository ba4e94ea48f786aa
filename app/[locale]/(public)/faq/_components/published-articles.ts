import "server-only";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { listPublishedArticles, type ArticleListItem } from "@/lib/help/list-published-articles";

/**
 * The article list of a help-center page. `next build` prerenders these pages from the database;
 * a build without one (CI, the benchmarks' own builds) gets an empty list and the pages fill in at
 * their first revalidation. At run time a database error is thrown as usual, so Next keeps
 * serving the last good page.
 */
export async function publishedArticles(options: { locale: string; category?: string }): Promise<ArticleListItem[]> {
  try {
    return await listPublishedArticles(options);
  } catch (error) {
    if (process.env.NEXT_PHASE !== PHASE_PRODUCTION_BUILD) throw error;
    console.warn("help center: building without articles:", error instanceof Error ? error.message.split("\n")[0] : error);
    return [];
  }
}
