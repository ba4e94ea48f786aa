import { markdownToText } from "@/lib/help/markdown-to-text";
import { searchTerms } from "@/lib/help/search-terms";

/** The prepared search columns of an article (decision 018): title and tags weigh most. */
export function articleSearchFields(article: { title: string; tags: readonly string[]; summary: string; body: string }): { searchTitle: string; searchBody: string } {
  return {
    searchTitle: searchTerms(`${article.title} ${article.tags.join(" ")}`).join(" "),
    searchBody: searchTerms(`${article.summary} ${markdownToText(article.body)}`).join(" "),
  };
}
