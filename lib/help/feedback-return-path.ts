import type { FeedbackAnswer } from "@/lib/help/feedback-answer";

/**
 * Where a feedback form sent without JavaScript goes back to: its article, at the answer's part
 * of the feedback box. The slug is encoded as one path segment, so whatever a forged form sends
 * the answer stays on /faq/ of this site; without a slug, the help center.
 */
export function feedbackReturnPath(options: { slug: unknown; answer: FeedbackAnswer }): string {
  const slug = typeof options.slug === "string" ? options.slug.trim() : "";
  const page = slug === "" || slug.length > 120 ? "/faq" : `/faq/${encodeURIComponent(slug)}`;
  return `${page}#feedback-${options.answer}`;
}
