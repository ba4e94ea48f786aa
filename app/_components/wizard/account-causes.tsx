import { getTranslations } from "next-intl/server";
import { ENTRY_TYPE_WORDS } from "@/lib/diagnosis/entry-type-words";
import { formatDateTime } from "@/lib/i18n/format-date-time";
import type { Locale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/money/format-money";
import { counterpartyName } from "@/lib/wizard/counterparty-name";
import type { OwnDiagnosis } from "@/lib/wizard/get-own-diagnosis";
import { TableScroller } from "@/app/_components/table-scroller";

/** Each cause of the deficit with its amount and the exact entries behind it (date in the user's zone). */
export async function AccountCauses({ own, locale }: { own: OwnDiagnosis; locale: Locale }) {
  const t = await getTranslations("wizard.account");
  const { diagnosis, timeline, entryDetails } = own;
  if (diagnosis.causes.length === 0) return null;
  const pointById = new Map(timeline.points.map((p) => [p.entryId, p]));
  const money = (minor: number) => formatMoney(minor, timeline.currency, locale);

  return (
    <section aria-labelledby="causes" className="mt-10">
      <h2 id="causes" className="text-xl font-bold text-ink-900">{t("causes")}</h2>
      {diagnosis.causes.map((cause, index) => (
        <div key={cause.cause} className="mt-4 rounded-2xl border border-line bg-white p-4 sm:p-5" data-testid={`cause-${cause.cause}`}>
          <h3 className="font-semibold text-ink-900">
            {index === 0 && <span className="mr-2 rounded-full bg-brand-100 px-2 py-0.5 text-sm text-brand-800">{t("primary")}</span>}
            {t(`causeNames.${cause.cause}`)}
          </h3>
          <p className="mt-1 text-ink-700">{t("causeAmount", { amount: money(cause.amountMinor) })}</p>
          {cause.entryIds.length > 0 && (
            <TableScroller label={t("entries")} className="mt-3">
              <table className="w-full min-w-[32rem] text-left text-sm">
                <caption className="sr-only">{t("entries")}</caption>
                <thead className="text-ink-700">
                  <tr>
                    <th scope="col" className="py-1 pr-3 font-semibold">{t("when")}</th>
                    <th scope="col" className="py-1 pr-3 font-semibold">{t("type")}</th>
                    <th scope="col" className="py-1 pr-3 font-semibold">{t("counterparty")}</th>
                    <th scope="col" className="py-1 text-right font-semibold">{t("amount")}</th>
                  </tr>
                </thead>
                <tbody>
                  {cause.entryIds.map((id) => {
                    const point = pointById.get(id);
                    return (
                      <tr key={id} className="border-t border-line">
                        <td className="py-1.5 pr-3 whitespace-nowrap">{point ? formatDateTime(new Date(point.occurredAt), locale) : ""}</td>
                        <td className="py-1.5 pr-3">{point ? ENTRY_TYPE_WORDS[point.type][locale] : ""}</td>
                        <td className="py-1.5 pr-3">{counterpartyName(entryDetails[id]?.counterparty) || entryDetails[id]?.description || ""}</td>
                        <td className="py-1.5 text-right whitespace-nowrap">{point ? money(point.amountMinor) : ""}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableScroller>
          )}
        </div>
      ))}
    </section>
  );
}
