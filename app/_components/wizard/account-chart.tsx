import { getTranslations } from "next-intl/server";
import { BalanceChart } from "@/app/_components/wizard/balance-chart";
import type { BalanceTimeline } from "@/lib/diagnosis/build-balance-timeline";
import { formatDate } from "@/lib/i18n/format-date";
import type { Locale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/money/format-money";
import { chartSeries } from "@/lib/wizard/chart-series";

/** The balance chart with its labels made on the server (locale, time zone, money). */
export async function AccountChart({ timeline, wentNegativeAt, locale }: { timeline: BalanceTimeline; wentNegativeAt: string | null; locale: Locale }) {
  const t = await getTranslations("wizard.account");
  const fractionDigits = new Intl.NumberFormat("en", { style: "currency", currency: timeline.currency }).resolvedOptions().maximumFractionDigits ?? 2;
  const series = chartSeries(timeline, 10 ** fractionDigits);
  if (series.points.length < 2) return null;
  const first = series.points[0]!.t;
  const last = series.points.at(-1)!.t;
  const ticks = [0, 1, 2, 3].map((i) => Math.round(first + ((last - first) * i) / 3));
  const tickLabels = Object.fromEntries(ticks.map((tick) => [tick, formatDate(new Date(tick), locale)]));
  const money = (minor: number) => formatMoney(minor, timeline.currency, locale);
  const range = { opening: money(timeline.openingBalanceMinor), closing: money(timeline.closingBalanceMinor) };
  // A balance that is not negative now has no date to name: no "went below zero on -".
  const summary = wentNegativeAt ? t("chartSummary", { ...range, date: formatDate(new Date(wentNegativeAt), locale) }) : t("chartSummaryCalm", range);

  return (
    <section aria-labelledby="chart" className="mt-10">
      <h2 id="chart" className="text-xl font-bold text-ink-900">{t("chartTitle")}</h2>
      <p className="mt-1 text-sm text-ink-700">{summary}</p>
      <div className="mt-3 rounded-2xl border border-line bg-white p-2">
        <BalanceChart points={series.points} markers={series.markers} tickLabels={tickLabels} summary={summary} negativeLabel={t("wentNegativeMark")} />
      </div>
    </section>
  );
}
