import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Icon } from "@/app/_components/icon";
import { AccountCauses } from "@/app/_components/wizard/account-causes";
import { AccountChart } from "@/app/_components/wizard/account-chart";
import { HealthyAccount } from "@/app/_components/wizard/healthy-account";
import { PolicyCountdown } from "@/app/_components/wizard/policy-countdown";
import { UnauthorizedDebits } from "@/app/_components/wizard/unauthorized-debits";
import { VictimSteps } from "@/app/_components/wizard/victim-steps";
import { requireRole } from "@/lib/authz";
import { formatDateTime } from "@/lib/i18n/format-date-time";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { formatMoney } from "@/lib/money/format-money";
import { getOwnDiagnosis } from "@/lib/wizard/get-own-diagnosis";

// Per visitor: the signed-in wallet user's own account, read on the server on every request.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "wizard.account" });
  return { title: t("metaTitle") };
}

/**
 * "Check my account": the engine's diagnosis of the user's own ledger, in one of three views
 * (lib/wizard/choose-account-view.ts). A victim sees everything taken and what to do first; a
 * deficit its causes, chart and countdown; a healthy account a calm answer. The guided path then
 * continues from the result. Without a (live) session this asks to sign in and comes back here;
 * the wizard's answers stay in their own cookie and URL meanwhile.
 */
export default async function AccountPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const actor = await requireRole(["WALLET_USER"], { returnTo: "/diagnose/account" });
  const t = await getTranslations("wizard.account");
  const own = await getOwnDiagnosis({ actor });
  if (!own) return <p className="container-page py-10 text-ink-900">{t("noAccount")}</p>;
  const { diagnosis, timeline, view } = own;
  const money = (minor: number) => formatMoney(minor, timeline.currency, locale);
  const isVictim = view.kind === "victim";
  const pausedSince = view.countdown === "paused" && diagnosis.wentNegativeAt ? new Date(diagnosis.wentNegativeAt) : null;

  return (
    <div className="container-page max-w-4xl py-8 sm:py-12">
      <h1 className="text-3xl font-bold text-ink-900">{t("title")}</h1>
      <p className="mt-1 text-ink-700">{t("asOf", { date: formatDateTime(new Date(diagnosis.asOf), locale) })}</p>
      {view.kind === "healthy" ? (
        <HealthyAccount balanceMinor={diagnosis.balanceMinor} timeline={timeline} locale={locale} />
      ) : (
        <>
          {isVictim && (
            <>
              <p role="alert" className="mt-6 flex items-start gap-2 rounded-2xl border-2 border-urgent-700 bg-urgent-50 p-4 font-semibold text-urgent-800">
                <Icon name="warning" className="size-6 shrink-0" />
                {t("urgent")}
              </p>
              <UnauthorizedDebits diagnosis={diagnosis} timeline={timeline} locale={locale} headingLevel={2} />
              <VictimSteps locale={locale} headingLevel={2} isCountdownPaused={view.countdown === "paused"} />
            </>
          )}
          <dl className={`${isVictim ? "mt-10" : "mt-6"} grid gap-3 sm:grid-cols-3`}>
            <div className="rounded-xl border border-line bg-white p-4">
              <dt className="text-sm text-ink-700">{t("balance")}</dt>
              <dd className="text-2xl font-bold text-ink-900" data-testid="balance">{money(diagnosis.balanceMinor)}</dd>
            </div>
            {/* No request for money while the whole deficit is theft (contract v3: no TOP_UP). */}
            {view.asksTopUp && (
              <div className="rounded-xl border border-line bg-white p-4">
                <dt className="text-sm text-ink-700">{t("toTopUp")}</dt>
                <dd className="text-2xl font-bold text-ink-900" data-testid="to-top-up">{money(diagnosis.amountToRestoreMinor)}</dd>
              </div>
            )}
            {diagnosis.wentNegativeAt && (
              <div className="rounded-xl border border-line bg-white p-4">
                <dt className="text-sm text-ink-700">{t("wentNegative")}</dt>
                <dd className="text-lg font-bold text-ink-900">{formatDateTime(new Date(diagnosis.wentNegativeAt), locale)}</dd>
              </div>
            )}
          </dl>
          {!diagnosis.isNegative && <p className="mt-6 text-ink-900">{t("notNegative")}</p>}
          <AccountCauses own={own} locale={locale} />
          <AccountChart timeline={timeline} wentNegativeAt={diagnosis.wentNegativeAt} locale={locale} />
          <PolicyCountdown milestones={own.milestones} pausedSince={pausedSince} locale={locale} />
          {view.result && (
            <div className="mt-10 flex flex-wrap gap-3 border-t border-line pt-6">
              <Link prefetch={false} href={`/diagnose/result/${view.result}`} className="btn-primary">
                {t("continue")}
                <Icon name="arrow" className="size-5" />
              </Link>
            </div>
          )}
        </>
      )}
    </div>
  );
}
