import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Icon } from "@/app/_components/icon";
import { AccountChart } from "@/app/_components/wizard/account-chart";
import type { BalanceTimeline } from "@/lib/diagnosis/build-balance-timeline";
import type { Locale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/money/format-money";

/**
 * "Check my account" for a balance of zero or more with nothing unauthorized: a calm answer,
 * the balance and its chart, and the way back. No deficit, countdown or top-up words, and no
 * "see what to do": there is nothing to do.
 */
export async function HealthyAccount({ balanceMinor, timeline, locale }: { balanceMinor: number; timeline: BalanceTimeline; locale: Locale }) {
  const t = await getTranslations("wizard.account.healthy");
  return (
    <>
      <section aria-labelledby="fine" className="mt-6 rounded-2xl border border-line bg-calm-50 p-5 sm:p-6" data-testid="healthy">
        <h2 id="fine" className="flex items-center gap-2 text-xl font-bold text-ink-900">
          <Icon name="check" className="size-6 shrink-0 text-brand-700" />
          {t("title")}
        </h2>
        <p className="mt-2 text-ink-900">{t("body", { balance: formatMoney(balanceMinor, timeline.currency, locale) })}</p>
      </section>
      <AccountChart timeline={timeline} wentNegativeAt={null} locale={locale} />
      <div className="mt-10 flex flex-wrap items-center gap-3 border-t border-line pt-6">
        <Link href="/me" className="btn-secondary">{t("back")}</Link>
        <Link prefetch={false} href="/faq" className="text-link">{t("help")}</Link>
      </div>
    </>
  );
}
