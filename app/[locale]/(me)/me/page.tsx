import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BalanceCard } from "@/app/_components/me/balance-card";
import { DeviceList } from "@/app/_components/me/device-list";
import { OpenTickets } from "@/app/_components/me/open-tickets";
import { LoginHistory } from "@/app/_components/me/login-history";
import { PortalAccess } from "@/app/_components/me/portal-access";
import { UrgentBanner } from "@/app/_components/me/urgent-banner";
import { getAccountDiagnosis, type AccountDiagnosis } from "@/lib/accounts/get-account-diagnosis";
import { getOwnAccountOverview } from "@/lib/accounts/get-own-account-overview";
import { requireRole } from "@/lib/authz";
import { AppError } from "@/lib/errors/app-error";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { listOwnTickets } from "@/lib/tickets/list-own-tickets";
import { chooseAccountView } from "@/lib/wizard/choose-account-view";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "me" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/** The diagnosis of the user's own account, or null when there is no history to diagnose. */
async function ownDiagnosis(actor: Awaited<ReturnType<typeof requireRole>>): Promise<AccountDiagnosis | null> {
  if (!actor.walletAccountId) return null;
  try {
    return await getAccountDiagnosis({ actor, accountId: actor.walletAccountId });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

/**
 * The signed-in home of a wallet user, where they land after signing in: urgent banner first
 * (everything taken, then what to do) when someone else may have moved money, then balance and
 * status, the way into "check my account", their open tickets, and the sign-ins and devices
 * they can check.
 */
export default async function MePage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const actor = await requireRole(["WALLET_USER"], { returnTo: "/me" });
  const t = await getTranslations("me");
  const [overview, diagnosis, openTickets] = await Promise.all([getOwnAccountOverview({ actor }), ownDiagnosis(actor), listOwnTickets({ actor, openOnly: true, limit: 5 })]);
  const view = diagnosis ? chooseAccountView(diagnosis.diagnosis) : null;

  return (
    <div className="container-page max-w-4xl space-y-8 py-10 sm:py-14">
      <div>
        <h1 className="text-3xl font-bold text-ink-900">{t("greeting", { name: actor.name })}</h1>
        <p className="mt-2 text-ink-700">{t("intro")}</p>
      </div>
      {diagnosis && view?.kind === "victim" && <UrgentBanner own={diagnosis} view={view} locale={locale} />}
      {overview.account ? (
        <BalanceCard account={overview.account} view={view} amountToRestoreMinor={diagnosis?.diagnosis.amountToRestoreMinor ?? 0} locale={locale} />
      ) : (
        <p className="rounded-2xl border border-line bg-white p-5 text-ink-700">{t("balance.noAccount")}</p>
      )}
      <OpenTickets tickets={openTickets} locale={locale} />
      <LoginHistory logins={overview.logins} locale={locale} />
      <DeviceList devices={overview.devices} locale={locale} />
      <PortalAccess overview={overview} locale={locale} />
    </div>
  );
}
