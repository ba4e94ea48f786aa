import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Icon } from "@/app/_components/icon";

const STEPS = ["password", "twoFactor", "devices", "report"] as const;

/** Shown first on /me when the diagnosis says urgent (account takeover): security before money. */
export async function UrgentBanner() {
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
      <ol className="mt-3 list-decimal space-y-1.5 pl-6 text-ink-900">
        {STEPS.map((step) => (
          <li key={step}>{t(`urgent.steps.${step}`)}</li>
        ))}
      </ol>
      <p className="mt-4 flex flex-wrap gap-3">
        <Link prefetch={false} href="/tickets/new?result=hack" className="btn-primary bg-urgent-700 hover:bg-urgent-800">
          {t("urgent.reportLink")}
        </Link>
        <Link href="/diagnose/account" className="btn-secondary">
          {t("check.link")}
        </Link>
      </p>
    </aside>
  );
}
