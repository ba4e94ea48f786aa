import "server-only";
import { getTranslations } from "next-intl/server";

const KEYS = [
  "question", "yes", "no", "helpfulLead", "notHelpfulLead", "wizardLink", "contactLink",
  "commentLabel", "missingLabel", "commentHint", "submit", "thanks", "alreadyVoted", "throttled", "error",
] as const;
export type FeedbackLabels = Record<(typeof KEYS)[number], string>;

/** The feedback island's strings, translated on the server (help.feedback). */
export async function feedbackLabels(): Promise<FeedbackLabels> {
  const t = await getTranslations("help.feedback");
  return Object.fromEntries(KEYS.map((key) => [key, t(key)])) as FeedbackLabels;
}
