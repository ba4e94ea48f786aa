import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { LedgerQuery } from "@/lib/accounts/ledger-query";
import type { LedgerRow } from "@/lib/accounts/read-ledger-page";
import { formatDateTime } from "@/lib/i18n/format-date-time";
import { formatMoney } from "@/lib/money/format-money";
import { toMinorUnits } from "@/lib/money/to-minor-units";
import { TableScroller } from "@/app/_components/table-scroller";

const TYPES = ["TOP_UP", "PAYMENT", "REFUND", "REFUND_REVERSAL", "TRANSFER_IN", "TRANSFER_OUT", "TRANSFER_RECALL", "WITHDRAWAL", "FEE", "PROMO_CREDIT", "PROMO_CLAWBACK", "RISK_HOLD", "RISK_RELEASE", "ADJUSTMENT"] as const;

type Props = { accountId: string; query: LedgerQuery; entries: LedgerRow[]; nextCursor: string | null; evidence: ReadonlySet<string>; unauthorized: ReadonlySet<string>; currency: string; locale: string };

function filterParams(query: LedgerQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const type of query.type ?? []) params.append("type", type);
  if (query.status) params.set("status", query.status);
  if (query.from) params.set("from", query.from);
  if (query.to) params.set("to", query.to);
  if (query.ticket) params.set("ticket", String(query.ticket));
  return params;
}

/**
 * The ledger, 50 a page newest first. Diagnosis evidence and the debits the diagnosis finds
 * unauthorized (all of them, not only those in the deficit) are each marked by a word as well as a colour.
 */
export async function LedgerSection({ accountId, query, entries, nextCursor, evidence, unauthorized, currency, locale }: Props) {
  const t = await getTranslations("agent.account");
  const tc = await getTranslations("agent.common");
  const base = `/agent/accounts/${encodeURIComponent(accountId)}`;
  const filters = filterParams(query);
  const next = new URLSearchParams(filters);
  if (nextCursor) next.set("cursor", nextCursor);
  const field = "mt-1 block rounded-md border border-line bg-white px-2 py-2";
  return (
    <section aria-labelledby="ledger-heading" className="mt-8">
      <h2 id="ledger-heading" className="text-lg font-semibold text-ink-900">{t("ledger")}</h2>
      <form method="get" action={base} aria-label={t("ledger")} className="mt-2 flex flex-wrap items-end gap-2">
        {query.ticket ? <input type="hidden" name="ticket" value={query.ticket} /> : null}
        <label className="text-sm font-medium">{t("type")}
          <select name="type" defaultValue={query.type?.[0] ?? ""} className={field}><option value="">—</option>{TYPES.map((type) => <option key={type}>{type}</option>)}</select>
        </label>
        <label className="text-sm font-medium">{t("status")}
          <select name="status" defaultValue={query.status ?? ""} className={field}><option value="">—</option><option>POSTED</option><option>PENDING</option></select>
        </label>
        <label className="text-sm font-medium">{t("from")}<input type="date" name="from" defaultValue={query.from?.slice(0, 10)} className={field} /></label>
        <label className="text-sm font-medium">{t("to")}<input type="date" name="to" defaultValue={query.to?.slice(0, 10)} className={field} /></label>
        <button type="submit" className="btn-secondary">OK</button>
        <a className="text-link" href={`/api/agent/accounts/${encodeURIComponent(accountId)}/entries.csv?${filters}`} download>{t("csv")}</a>
      </form>
      <TableScroller label={t("ledger")} className="mt-3 rounded-xl border border-line bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-brand-50"><tr><th scope="col" className="p-2">{t("when")}</th><th scope="col" className="p-2">{t("type")}</th><th scope="col" className="p-2">{t("status")}</th><th scope="col" className="p-2 text-right">{t("amount")}</th><th scope="col" className="p-2">{t("counterparty")}</th></tr></thead>
          <tbody>
            {entries.map((e) => {
              const isEvidence = evidence.has(e.id);
              const isUnauthorized = unauthorized.has(e.id);
              return (
                <tr key={e.id} className={`border-t border-line ${isUnauthorized ? "bg-red-50" : isEvidence ? "bg-amber-50" : ""}`} data-evidence={isEvidence ? "true" : undefined} data-unauthorized={isUnauthorized ? "true" : undefined}>
                  <td className="p-2"><time dateTime={e.occurredAt.toISOString()}>{formatDateTime(e.occurredAt, locale)}</time></td>
                  <td className="p-2">
                    {e.type}
                    {isUnauthorized ? <strong className="ml-2 rounded bg-red-100 px-1 text-xs text-red-900">{t("unauthorized")}</strong> : null}
                    {isEvidence ? <strong className="ml-2 rounded bg-amber-200 px-1 text-xs text-amber-950">{t("evidence")}</strong> : null}
                  </td>
                  <td className="p-2">{e.status}</td>
                  <td className={`p-2 text-right tabular-nums ${e.amountMinor < 0n ? "text-red-800" : ""}`}>{formatMoney(toMinorUnits(e.amountMinor), currency, locale)}</td>
                  <td className="p-2">{e.counterparty ?? ""}{e.description ? <span className="block text-xs text-ink-600">{e.description}</span> : null}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroller>
      <nav className="mt-3 flex gap-4" aria-label={t("ledger")}>
        {query.cursor ? <Link className="text-link" href={`${base}?${filters}`}>{tc("first")}</Link> : null}
        {nextCursor ? <Link className="text-link" href={`${base}?${next}`}>{tc("next")}</Link> : null}
      </nav>
    </section>
  );
}
