import "server-only";
import { getTranslations } from "next-intl/server";
import type { FeedbackLabels } from "./article-feedback";

/** The feedback island's strings, translated on the server. */
export async function feedbackLabels(): Promise<FeedbackLabels> {
  const t = await getTranslations("help.feedback");
  const keys = ["question", "yes", "no", "commentLabel", "commentHint", "submit", "thanks", "alreadyVoted", "throttled", "error"] as const;
  return Object.fromEntries(keys.map((key) => [key, t(key)])) as FeedbackLabels;
}
