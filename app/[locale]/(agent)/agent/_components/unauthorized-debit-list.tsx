import { getTranslations } from "next-intl/server";
import { TableScroller } from "@/app/_components/table-scroller";
import type { UnauthorizedDebitRow } from "@/lib/accounts/unauthorized-debit-rows";
import { ENTRY_TYPE_WORDS } from "@/lib/diagnosis/entry-type-words";
import { formatDateTime } from "@/lib/i18n/format-date-time";
import { formatMoney } from "@/lib/money/format-money";

type Props = { rows: UnauthorizedDebitRow[]; totalMinor: number; currency: string; locale: string };

/**
 * Every debit the diagnosis finds unauthorized (contract v3), not only the part below zero, and
 * the total taken: what the agent investigates on a stolen account. Times in Shanghai like the
 * rest of the agent pages.
 */
export async function UnauthorizedDebitList({ rows, totalMinor, currency, locale }: Props) {
  const t = await getTranslations("agent");
  const words = locale === "en" ? "en" : "zh-CN";
  const money = (minor: number) => formatMoney(minor, currency, locale);
  return (
    <section aria-labelledby="unauthorized-heading" className="mt-2">
      <h4 id="unauthorized-heading" className="font-semibold text-red-800">{t("diagnosis.unauthorizedTitle", { count: rows.length })}</h4>
      <TableScroller label={t("diagnosis.unauthorizedCaption")} className="mt-1">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("diagnosis.unauthorizedCaption")}</caption>
          <thead className="text-ink-600">
            <tr>
              <th scope="col" className="py-1 pr-2 font-medium">{t("account.when")}</th>
              <th scope="col" className="py-1 pr-2 font-medium">{t("account.type")}</th>
              <th scope="col" className="py-1 pr-2 font-medium">{t("account.counterparty")}</th>
              <th scope="col" className="py-1 text-right font-medium">{t("account.amount")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.entryId} className="border-t border-line" data-entry-id={row.entryId}>
                <td className="py-1 pr-2 whitespace-nowrap"><time dateTime={row.occurredAt.toISOString()}>{formatDateTime(row.occurredAt, locale)}</time></td>
                <td className="py-1 pr-2">{row.type ? ENTRY_TYPE_WORDS[row.type][words] : ""}</td>
                <td className="py-1 pr-2">{row.counterparty}</td>
                <td className="py-1 text-right whitespace-nowrap tabular-nums">{money(-row.amountMinor)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroller>
      <p className="mt-1 font-semibold" data-testid="unauthorized-total">{t("diagnosis.unauthorizedTotal", { amount: money(totalMinor) })}</p>
    </section>
  );
}
