import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { searchAccounts } from "@/lib/accounts/search-accounts";
import { staffPageTitle } from "@/lib/auth/staff-page-title";
import { requireStaff } from "@/lib/authz";
import { hasControlCharacters } from "@/lib/http/plain-text";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { formatMoney } from "@/lib/money/format-money";
import { toMinorUnits } from "@/lib/money/to-minor-units";
import { requestIp } from "../_components/request-ip";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "agent.accounts" });
  return { title: await staffPageTitle(locale, t("metaTitle")), robots: { index: false } };
}

export default async function AccountLookupPage({ params, searchParams }: { params: LocaleParams; searchParams: Promise<{ q?: string | string[] }> }) {
  const locale = await pageLocale(params);
  const actor = await requireStaff({ returnTo: "/agent/accounts" });
  const t = await getTranslations("agent.accounts");
  const raw = (await searchParams).q;
  const typed = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 100) ?? "";
  // Control characters cannot be in a name, phone or id: such a search finds nothing, without SQL.
  const q = hasControlCharacters(typed) ? "" : typed;
  const accounts = q.length >= 2 ? await searchAccounts({ actor, q, ip: await requestIp() }) : null;

  return (
    <div className="container-page py-8">
      <h1 className="text-2xl font-bold text-ink-900">{t("title")}</h1>
      <form method="get" action="/agent/accounts" role="search" className="mt-4 flex flex-wrap items-end gap-2">
        <label className="grow text-sm font-medium text-ink-800">
          {t("search")}
          <input name="q" type="search" defaultValue={q} minLength={2} maxLength={100} required aria-describedby="search-hint" className="mt-1 block w-full rounded-md border border-line bg-white px-2 py-2" />
        </label>
        <button type="submit" className="btn-primary">{t("searchButton")}</button>
      </form>
      <p id="search-hint" className="mt-1 text-sm text-ink-600">{t("hint")}</p>
      {accounts ? (
        <section aria-live="polite" className="mt-6">
          <h2 className="font-semibold text-ink-900">{t("results", { count: accounts.length })}</h2>
          <ul className="mt-2 grid gap-2">
            {accounts.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 rounded-xl border border-line bg-white p-3">
                <span>
                  <span className="font-semibold">{a.ownerName}</span> · {a.maskedPhone} · {a.status} ·{" "}
                  <span className={a.balanceMinor < 0n ? "font-semibold text-red-800" : ""}>{formatMoney(toMinorUnits(a.balanceMinor), a.currency, locale)}</span>
                </span>
                <Link className="text-link" href={`/agent/accounts/${encodeURIComponent(a.id)}`}>{t("open")}<span className="sr-only"> {a.ownerName}</span></Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
