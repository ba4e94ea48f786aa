import { getTranslations } from "next-intl/server";
import { TableScroller } from "@/app/_components/table-scroller";
import { unauthorizedDebitRows } from "@/lib/accounts/unauthorized-debit-rows";
import type { BalanceTimeline } from "@/lib/diagnosis/build-balance-timeline";
import type { Diagnosis } from "@/lib/diagnosis/diagnosis-types";
import { ENTRY_TYPE_WORDS } from "@/lib/diagnosis/entry-type-words";
import { formatDateTime } from "@/lib/i18n/format-date-time";
import type { Locale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/money/format-money";

type Props = { diagnosis: Diagnosis; timeline: BalanceTimeline; locale: Locale; headingLevel: 2 | 3 };

/**
 * Everything the thief took (contract v3's unauthorizedDebits, in full, not only the part below
 * zero), the total, and the deficit when there is one. Used by "check my account" and /me.
 */
export async function UnauthorizedDebits({ diagnosis, timeline, locale, headingLevel }: Props) {
  const t = await getTranslations("wizard.account");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const money = (minor: number) => formatMoney(minor, timeline.currency, locale);
  // One matching of debits to their entries' types and counterparties, the agent panel's too.
  const debits = unauthorizedDebitRows(diagnosis, timeline.points.map((p) => ({ id: p.entryId, type: p.type })));

  return (
    <section aria-labelledby="unauthorized" className="mt-6" data-testid="unauthorized-debits">
      <Heading id="unauthorized" className={`${headingLevel === 2 ? "text-xl" : "text-lg"} font-bold text-ink-900`}>{t("victim.title")}</Heading>
      {debits.length === 0 ? (
        <p className="mt-2 text-ink-900">{t("victim.pendingOnly")}</p>
      ) : (
        <>
          <p className="mt-1 text-ink-700">{t("victim.intro")}</p>
          <TableScroller label={t("victim.table")} className="mt-3 rounded-2xl border border-line bg-white p-3 sm:p-4">
            <table className="w-full min-w-[32rem] text-left text-sm">
              <caption className="sr-only">{t("victim.table")}</caption>
              <thead className="text-ink-700">
                <tr>
                  <th scope="col" className="py-1 pr-3 font-semibold">{t("when")}</th>
                  <th scope="col" className="py-1 pr-3 font-semibold">{t("type")}</th>
                  <th scope="col" className="py-1 pr-3 font-semibold">{t("counterparty")}</th>
                  <th scope="col" className="py-1 text-right font-semibold">{t("amount")}</th>
                </tr>
              </thead>
              <tbody>
                {debits.map((debit) => (
                  <tr key={debit.entryId} className="border-t border-line">
                    <td className="py-1.5 pr-3 whitespace-nowrap">{formatDateTime(debit.occurredAt, locale)}</td>
                    <td className="py-1.5 pr-3">{debit.type ? ENTRY_TYPE_WORDS[debit.type][locale] : ""}</td>
                    <td className="py-1.5 pr-3">{debit.counterparty}</td>
                    <td className="py-1.5 text-right font-semibold whitespace-nowrap">{money(-debit.amountMinor)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroller>
        </>
      )}
      <dl className="mt-3 grid gap-3 sm:grid-cols-2">
        <div className="rounded-xl border-2 border-urgent-700 bg-white p-4">
          <dt className="text-sm text-ink-700">{t("victim.total")}</dt>
          <dd className="text-2xl font-bold text-urgent-800" data-testid="unauthorized-total">{money(diagnosis.unauthorizedTotalMinor)}</dd>
        </div>
        {diagnosis.isNegative && (
          <div className="rounded-xl border border-line bg-white p-4">
            <dt className="text-sm text-ink-700">{t("victim.deficit")}</dt>
            <dd className="text-2xl font-bold text-ink-900" data-testid="deficit">{money(diagnosis.amountToRestoreMinor)}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
