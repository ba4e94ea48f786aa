import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { auditQuery } from "@/lib/audit/audit-query";
import { browseAuditLog } from "@/lib/audit/browse-audit-log";
import { staffPageTitle } from "@/lib/auth/staff-page-title";
import { requireRole } from "@/lib/authz";
import { parseQuery } from "@/lib/http/parse-query";
import { formatDateTime } from "@/lib/i18n/format-date-time";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { QueryProblems } from "../_components/query-problems";
import { TableScroller } from "@/app/_components/table-scroller";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "agent.audit" });
  return { title: await staffPageTitle(locale, t("metaTitle")), robots: { index: false } };
}

const FILTERS = ["accountId", "actorId", "action", "from", "to"] as const;

/** Supervisors and admins: who looked at what, and when (docs/permissions.md). */
export default async function AuditLogPage({ params, searchParams }: { params: LocaleParams; searchParams: SearchParams }) {
  const locale = await pageLocale(params);
  const actor = await requireRole(["SUPERVISOR", "ADMIN"], { returnTo: "/agent/audit" });
  const t = await getTranslations("agent");
  const raw = await searchParams;
  const parsed = parseQuery(raw, auditQuery);
  const page = parsed.ok ? await browseAuditLog({ actor, query: parsed.value }) : { rows: [], nextCursor: null };
  const next = new URLSearchParams();
  for (const key of FILTERS) if (typeof raw[key] === "string") next.set(key, raw[key]);
  const first = `/agent/audit?${next}`;
  if (page.nextCursor) next.set("cursor", page.nextCursor);
  const field = "mt-1 block w-full rounded-md border border-line bg-white px-2 py-2";

  return (
    <div className="container-page max-w-6xl py-8">
      <h1 className="text-2xl font-bold text-ink-900">{t("audit.title")}</h1>
      <p className="mt-1 text-ink-700">{t("audit.intro")}</p>
      <form method="get" action="/agent/audit" aria-label={t("queue.filters")} className="mt-4 grid gap-3 rounded-xl border border-line bg-white p-4 sm:grid-cols-6">
        {FILTERS.map((key) => (
          <label key={key} className="text-sm font-medium text-ink-800">
            {t(`audit.${key}`)}
            <input name={key} type={key === "from" || key === "to" ? "date" : "text"} defaultValue={typeof raw[key] === "string" ? raw[key] : ""} className={field} />
          </label>
        ))}
        <div className="flex items-end"><button type="submit" className="btn-primary w-full">{t("common.apply")}</button></div>
      </form>
      {parsed.ok ? null : <QueryProblems errors={parsed.errors} labels={Object.fromEntries(FILTERS.map((key) => [key, t(`audit.${key}`)]))} firstPage={first} />}
      {page.rows.length === 0 ? <p className="mt-6">{t("common.noResults")}</p> : (
        <TableScroller label={t("audit.title")} className="mt-6 rounded-xl border border-line bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-brand-50"><tr>{(["at", "who", "what", "target", "ip"] as const).map((k) => <th key={k} scope="col" className="p-2">{t(`audit.${k}`)}</th>)}</tr></thead>
            <tbody>
              {page.rows.map((row) => (
                <tr key={row.id} className="border-t border-line align-top">
                  <td className="p-2"><time dateTime={row.at}>{formatDateTime(new Date(row.at), locale)}</time></td>
                  <td className="p-2">{row.actorName ?? "—"}{row.actorRole ? <span className="block text-xs text-ink-600">{row.actorRole}</span> : null}</td>
                  <td className="p-2"><code>{row.action}</code></td>
                  <td className="p-2">{row.targetType}{row.targetId ? <code className="block text-xs">{row.targetId}</code> : null}{row.accountId ? <Link className="text-link block text-xs" href={`/agent/audit?accountId=${encodeURIComponent(row.accountId)}`}>{row.accountId}</Link> : null}</td>
                  <td className="p-2">{row.ip ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}
      <nav className="mt-4 flex gap-4" aria-label={t("audit.title")}>
        {typeof raw.cursor === "string" ? <Link className="text-link" href={first}>{t("common.first")}</Link> : null}
        {page.nextCursor ? <Link className="text-link" href={`/agent/audit?${next}`}>{t("common.next")}</Link> : null}
      </nav>
    </div>
  );
}
