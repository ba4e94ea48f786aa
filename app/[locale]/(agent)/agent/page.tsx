import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { staffPageTitle } from "@/lib/auth/staff-page-title";
import { can } from "@/lib/auth/staff-permissions";
import { requireStaff } from "@/lib/authz";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "auth.agent" });
  return { title: await staffPageTitle(locale, t("metaTitle")), robots: { index: false } };
}

// Sections that have shipped link to their page; the rest still say "coming soon".
const SECTIONS = [
  { key: "queue", href: "/agent/tickets" },
  { key: "lookup", href: "/agent/accounts" },
  { key: "reports", href: null },
] as const;
// Supervisors and admins also reach the access log from here (the header stays one row on a phone).
const AUDIT = { key: "audit", href: "/agent/audit" } as const;

// Placeholder home of the agent area. proxy.ts redirects visitors without a session early,
// but this page checks for itself: proxy is never the only gate.
export default async function AgentHomePage({ params }: { params: LocaleParams }) {
  await pageLocale(params);
  const user = await requireStaff({ returnTo: "/agent" });
  const t = await getTranslations("auth");

  return (
    <div className="container-page py-10 sm:py-14">
      <h1 className="text-3xl font-bold text-ink-900">{t("agent.title")}</h1>
      <p className="mt-2 text-ink-700">{t("agent.signedInAs", { name: user.name, role: t(`roles.${user.role}`) })}</p>
      <p className="mt-4 max-w-prose text-ink-700">{t("agent.intro")}</p>
      <ul className="mt-8 grid gap-4 sm:grid-cols-3">
        {[...SECTIONS, ...(can(user.role, "audit.browse") ? [AUDIT] : [])].map(({ key, href }) => (
          <li key={key} className={`rounded-2xl border bg-white p-5 ${href ? "border-brand-200" : "border-dashed border-brand-200"}`}>
            <h2 className="font-semibold text-ink-900">
              {href ? (
                <Link className="text-link" href={href}>{t(`agent.sections.${key}.title`)}</Link>
              ) : (
                <>
                  {t(`agent.sections.${key}.title`)}
                  <span className="sr-only"> — </span>
                  <span className="ml-2 inline-block rounded-full bg-calm-50 px-2.5 py-0.5 text-xs font-semibold text-calm-700">{t("agent.comingSoon")}</span>
                </>
              )}
            </h2>
            <p className="mt-2 text-sm text-ink-700">{t(`agent.sections.${key}.body`)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
