import MarkdownIt from "markdown-it";
import markdownItCjkFriendly from "markdown-it-cjk-friendly";

/*
 * The help center's one Markdown parser (decision 037): CommonMark with GFM tables and
 * strikethrough, plus the CJK-friendly emphasis rule, so `**…。**后面` (a bold sentence ending in
 * Chinese punctuation, followed by more text with no space) is bold rather than literal asterisks.
 *
 * The HTML is NOT safe to show: raw HTML passes through. Only renderMarkdown (sanitize-html
 * allowlist, pages) and markdownToText (no tags at all, search) call this. It does not import
 * "server-only" because the demo seed, which runs under plain tsx outside Next, indexes the
 * articles through markdownToText; renderMarkdown, the way into pages, carries the marker.
 */
const md = new MarkdownIt({ html: true, linkify: false, typographer: false, breaks: false }).use(markdownItCjkFriendly);

// sanitize-html's scheme allowlist is the one link guard. markdown-it's own check would leave a
// `javascript:` link as its literal source text; this way it becomes a link whose href is dropped.
md.validateLink = () => true;

// The sanitize allowlist (unchanged since marked) knows <del>, not markdown-it's <s> ...
md.renderer.rules.s_open = () => "<del>";
md.renderer.rules.s_close = () => "</del>";
// ... and a table cell's `align` attribute, not markdown-it's `style="text-align:…"`.
md.core.ruler.push("table_cell_align", (state) => {
  for (const token of state.tokens) {
    if (token.type !== "th_open" && token.type !== "td_open") continue;
    const align = /^text-align:(left|center|right)$/.exec(String(token.attrGet("style") ?? ""))?.[1];
    if (align) token.attrs = [["align", align]];
  }
});

export function renderMarkdownUnsanitized(markdown: string): string {
  return md.render(markdown);
}
