import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Icon } from "@/app/_components/icon";
import { UnauthorizedDebits } from "@/app/_components/wizard/unauthorized-debits";
import { VictimSteps } from "@/app/_components/wizard/victim-steps";
import type { AccountDiagnosis } from "@/lib/accounts/get-account-diagnosis";
import type { Locale } from "@/lib/i18n/locales";
import type { AccountView } from "@/lib/wizard/choose-account-view";

/**
 * Shown first on /me when someone else may have moved money: what was taken, then the same plan
 * as "check my account" (secure, report, what support does and by when). Security before money.
 */
export async function UrgentBanner({ own, view, locale }: { own: AccountDiagnosis; view: AccountView; locale: Locale }) {
  const t = await getTranslations("me");
  return (
    <aside aria-labelledby="me-urgent-title" className="rounded-2xl border-2 border-urgent-700 bg-urgent-50 p-5 sm:p-6">
      <div className="flex items-start gap-3">
        <span className="grid size-10 shrink-0 place-items-center rounded-full bg-urgent-700 text-white">
          <Icon name="shield" className="size-6" />
        </span>
        <h2 id="me-urgent-title" className="text-lg leading-snug font-bold text-urgent-800">
          {t("urgent.title")}
        </h2>
      </div>
      <p className="mt-3 text-ink-900">{t("urgent.body")}</p>
      <UnauthorizedDebits diagnosis={own.diagnosis} timeline={own.timeline} locale={locale} headingLevel={3} />
      <VictimSteps locale={locale} headingLevel={3} isCountdownPaused={view.countdown === "paused"} />
      <p className="mt-5">
        <Link href="/diagnose/account" className="btn-secondary">
          {t("check.link")}
        </Link>
      </p>
    </aside>
  );
}
