import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/i18n/format-date";
import type { Locale } from "@/lib/i18n/locales";
import type { PolicyMilestone } from "@/lib/wizard/negative-balance-policy";

/** What happens next under the negative-balance policy, as "N days left" with the date. */
export async function PolicyCountdown({ milestones, locale }: { milestones: PolicyMilestone[]; locale: Locale }) {
  if (milestones.length === 0) return null;
  const t = await getTranslations("wizard.account");
  return (
    <section aria-labelledby="next" className="mt-10">
      <h2 id="next" className="text-xl font-bold text-ink-900">{t("next")}</h2>
      <ol className="mt-3 space-y-2">
        {milestones.map((m) => (
          <li key={m.id} className="flex flex-wrap justify-between gap-2 rounded-xl border border-line bg-white p-3">
            <span className="font-semibold text-ink-900">{t(`milestones.${m.id}`)}</span>
            <span className="text-ink-700">{m.isPast ? t("since", { date: formatDate(m.at, locale) }) : t("daysLeft", { days: m.daysLeft, date: formatDate(m.at, locale) })}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
