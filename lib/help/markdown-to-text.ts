import sanitizeHtml from "sanitize-html";
import { renderMarkdownUnsanitized } from "@/lib/help/render-markdown-unsanitized";

/*
 * The readable text of an article's Markdown, for the search index and result snippets: what a
 * reader sees on the page, read by the same parser as the page (decision 037), so emphasis
 * markers, list markers and tags never show and links keep their words. Whitespace is collapsed.
 * The result is plain text: characters such as `<` and `&` are themselves, callers escape them.
 *
 * No "server-only" marker: the demo seed (plain tsx, outside Next) indexes articles through this.
 */
const TEXT_ONLY: sanitizeHtml.IOptions = { allowedTags: [], allowedAttributes: {}, disallowedTagsMode: "discard" };

// sanitize-html escapes exactly these three in text it keeps; undo that to get the plain text.
const ESCAPED: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&amp;": "&" };

export function markdownToText(markdown: string): string {
  return sanitizeHtml(renderMarkdownUnsanitized(markdown), TEXT_ONLY)
    .replace(/&(?:lt|gt|amp);/g, (entity) => ESCAPED[entity] ?? entity)
    .replace(/\s+/g, " ")
    .trim();
}
