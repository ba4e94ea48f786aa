import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { OwnAccountOverview } from "@/lib/accounts/get-own-account-overview";
import { formatMoney } from "@/lib/money/format-money";
import type { AccountView } from "@/lib/wizard/choose-account-view";

type Props = {
  account: NonNullable<OwnAccountOverview["account"]>;
  /** The diagnosis' view; null when there is no history to diagnose. */
  view: AccountView | null;
  amountToRestoreMinor: number;
  locale: string;
};

/**
 * Balance, account status and the way into "check my account". Money is asked for only when the
 * engine advises a top-up (never for a deficit that is all theft); a healthy account is told so.
 */
export async function BalanceCard({ account, view, amountToRestoreMinor, locale }: Props) {
  const t = await getTranslations("me");
  const isNegative = account.balanceMinor < 0;
  return (
    <section aria-labelledby="me-balance-title" className="rounded-2xl border border-line bg-white p-5 shadow-sm sm:p-6">
      <h2 id="me-balance-title" className="text-xl font-semibold text-ink-900">
        {t("balance.title")}
      </h2>
      <dl className="mt-4 grid gap-4 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-ink-600">{t("balance.balance")}</dt>
          <dd className={`text-3xl font-bold ${isNegative ? "text-urgent-800" : "text-ink-900"}`}>{formatMoney(account.balanceMinor, account.currency, locale)}</dd>
        </div>
        <div>
          <dt className="text-sm text-ink-600">{t("balance.status")}</dt>
          <dd className="font-semibold text-ink-900">{t(`balance.statuses.${account.status}`)}</dd>
          <dd className="text-sm text-ink-700">{t(account.twoFactorEnabled ? "balance.twoFactorOn" : "balance.twoFactorOff")}</dd>
        </div>
      </dl>
      {view?.asksTopUp && amountToRestoreMinor > 0 && (
        <p className="mt-4 text-ink-900">{t("balance.toRestore", { amount: formatMoney(amountToRestoreMinor, account.currency, locale) })}</p>
      )}
      {view?.kind === "healthy" && <p className="mt-4 text-ink-900">{t("balance.fine")}</p>}
      <div className="mt-5 rounded-xl bg-calm-50 p-4">
        <h3 className="font-semibold text-ink-900">{t(isNegative ? "check.title" : "check.titleCalm")}</h3>
        <p className="mt-1 text-sm text-ink-700">{t(isNegative ? "check.body" : "check.bodyCalm")}</p>
        <Link href="/diagnose/account" className="btn-secondary mt-3">
          {t("check.link")}
        </Link>
      </div>
    </section>
  );
}
