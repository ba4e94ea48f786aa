import "server-only";
import sanitizeHtml from "sanitize-html";
import { renderMarkdownUnsanitized } from "@/lib/help/render-markdown-unsanitized";

/*
 * Article Markdown → HTML that is safe to put in a page, on the server only (the libraries never
 * reach a browser bundle). markdown-it turns Markdown into HTML, raw HTML included (parser and
 * settings: render-markdown-unsanitized.ts, decision 037); sanitize-html then keeps only an
 * allowlist: no scripts, no event handlers, no styles, and links only to http(s), mailto or the
 * portal's own paths, so `javascript:` and `data:` links lose their href.
 */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "hr", "h2", "h3", "h4", "strong", "em", "del", "code", "pre", "blockquote", "ul", "ol", "li", "a", "table", "thead", "tbody", "tr", "th", "td"],
  allowedAttributes: { a: ["href", "title", "rel"], ol: ["start"], th: ["align"], td: ["align"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    // A heading inside an article sits under the page's own h1.
    h1: "h2",
    a: (tagName, attribs) => ({ tagName, attribs: /^https?:/i.test(attribs.href ?? "") ? { ...attribs, rel: "nofollow noopener noreferrer" } : attribs }),
  },
};

export function renderMarkdown(markdown: string): string {
  return sanitizeHtml(renderMarkdownUnsanitized(markdown), SANITIZE);
}
