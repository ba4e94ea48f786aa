import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Icon } from "@/app/_components/icon";

const STEPS = ["password", "twoFactor", "devices", "report"] as const;

/** A compromised account is the one urgent case: it is shown before any other advice. */
export async function UrgentCallout() {
  const t = await getTranslations("home.urgent");

  return (
    <aside aria-labelledby="urgent-title" className="rounded-2xl border border-urgent-200 bg-urgent-50 p-5 sm:p-6">
      <div className="flex items-start gap-3">
        <span className="grid size-10 shrink-0 place-items-center rounded-full bg-urgent-700 text-white">
          <Icon name="shield" className="size-6" />
        </span>
        <h2 id="urgent-title" className="text-lg leading-snug font-bold text-urgent-800">
          {t("title")}
        </h2>
      </div>
      <p className="mt-3 text-ink-900">{t("body")}</p>
      <ol className="mt-3 space-y-2">
        {STEPS.map((key, index) => (
          <li key={key} className="flex items-start gap-3">
            <span aria-hidden="true" className="grid size-6 shrink-0 place-items-center rounded-full border border-urgent-700 text-xs font-bold text-urgent-800">
              {index + 1}
            </span>
            <span className="text-ink-900">{t(`steps.${key}`)}</span>
          </li>
        ))}
      </ol>
      {/* Straight to the urgent ticket form: it works without signing in (a stolen account). */}
      <Link prefetch={false} href="/tickets/new?result=hack" className="btn-primary mt-4 bg-urgent-700 hover:bg-urgent-800">
        {t("reportLink")}
      </Link>
      <p className="mt-3 rounded-xl border border-urgent-200 bg-white p-3 text-sm text-ink-900">{t("reportHow")}</p>
    </aside>
  );
}
