import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/i18n/format-date";
import type { Locale } from "@/lib/i18n/locales";
import type { PolicyMilestone, PolicyMilestoneId } from "@/lib/wizard/negative-balance-policy";

type Props = {
  milestones: PolicyMilestone[];
  /** Set while support investigates a deficit that is all theft: restricted since then, nothing else counts down. */
  pausedSince?: Date | null;
  locale: Locale;
};

const PAUSED: readonly PolicyMilestoneId[] = ["reminder", "furtherSteps"];

/** What happens next under the negative-balance policy, as "N days left" with the date, or paused. */
export async function PolicyCountdown({ milestones, pausedSince, locale }: Props) {
  if (milestones.length === 0 && !pausedSince) return null;
  const t = await getTranslations("wizard.account");
  const rows: { id: PolicyMilestoneId; status: string }[] = pausedSince
    ? [{ id: "restricted", status: t("since", { date: formatDate(pausedSince, locale) }) }, ...PAUSED.map((id) => ({ id, status: t("pausedWhileInvestigated") }))]
    : milestones.map((m) => ({ id: m.id, status: m.isPast ? t("since", { date: formatDate(m.at, locale) }) : t("daysLeft", { days: m.daysLeft, date: formatDate(m.at, locale) }) }));
  return (
    <section aria-labelledby="next" className="mt-10">
      <h2 id="next" className="text-xl font-bold text-ink-900">{t("next")}</h2>
      <ol className="mt-3 space-y-2">
        {rows.map((row) => (
          <li key={row.id} className="flex flex-wrap justify-between gap-2 rounded-xl border border-line bg-white p-3">
            <span className="font-semibold text-ink-900">{t(`milestones.${row.id}`)}</span>
            <span className="text-ink-700">{row.status}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
