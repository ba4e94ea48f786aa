import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { OwnAccountOverview } from "@/lib/accounts/get-own-account-overview";
import { formatDateTime } from "@/lib/i18n/format-date-time";

/** Sign-ins to this help center and the password state (set one, or reset it). */
export async function PortalAccess({ overview, locale }: { overview: OwnAccountOverview; locale: string }) {
  const t = await getTranslations("me");
  return (
    <section aria-labelledby="me-portal-title" className="grid gap-6 sm:grid-cols-2">
      <div>
        <h2 id="me-portal-title" className="text-xl font-semibold text-ink-900">
          {t("portal.title")}
        </h2>
        {overview.portalSignIns.length === 0 ? (
          <p className="mt-3 text-ink-700">{t("portal.empty")}</p>
        ) : (
          <ul className="mt-3 space-y-1 text-sm text-ink-700">
            {overview.portalSignIns.map((entry) => (
              <li key={entry.at.toISOString()}>
                {t("portal.entry", { time: formatDateTime(entry.at, locale), method: t(`portal.${entry.method === "code" ? "code" : "password"}`), ip: entry.ip ?? t("portal.unknownIp") })}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h2 className="text-xl font-semibold text-ink-900">{t("password.title")}</h2>
        <p className="mt-3 text-ink-700">{overview.hasPassword ? t("password.has") : t("password.none")}</p>
        <Link href="/password" className="btn-secondary mt-3">
          {overview.hasPassword ? t("password.reset") : t("password.set")}
        </Link>
      </div>
    </section>
  );
}
