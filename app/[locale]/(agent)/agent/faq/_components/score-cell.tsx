import { getTranslations } from "next-intl/server";
import type { FeedbackScore } from "@/lib/help/feedback-score";

/** An article's reader rating, with the low-rating flag in words (not colour alone). */
export async function ScoreCell({ score }: { score: FeedbackScore }) {
  const t = await getTranslations("help.agent");
  if (score.share === null) return <span className="text-ink-700">{t("noVotes")}</span>;
  return (
    <span>
      {t("scoreValue", { percent: Math.round(score.share * 100), votes: score.votes })}
      {score.isLow ? <strong className="ml-2 rounded-full bg-urgent-50 px-2 py-0.5 text-xs text-urgent-800">{t("lowScore")}</strong> : null}
    </span>
  );
}
