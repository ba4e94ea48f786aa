import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { UnauthorizedDebitRow } from "@/lib/accounts/unauthorized-debit-rows";
import type { Diagnosis } from "@/lib/diagnosis/diagnosis-types";
import { formatMoney } from "@/lib/money/format-money";
import { toMinorUnits } from "@/lib/money/to-minor-units";
import { chooseAccountView } from "@/lib/wizard/choose-account-view";
import { UnauthorizedDebitList } from "../../_components/unauthorized-debit-list";

type Account = { id: string; ownerName: string; phoneMasked: string; status: string; twoFactorEnabled: boolean; balanceMinor: bigint; currency: string };

/** Who the customer is and, from today's ledger, why they are negative. */
export async function CustomerPanel({ account, diagnosis, unauthorized, number, locale }: { account: Account | null; diagnosis: Diagnosis | null; unauthorized: UnauthorizedDebitRow[]; number: number; locale: string }) {
  const t = await getTranslations("agent");
  if (!account) return <section className="rounded-xl border border-line bg-white p-4"><p>{t("ticket.noAccount")}</p></section>;
  const money = (minor: number) => formatMoney(minor, account.currency, locale);
  return (
    <section aria-labelledby="customer-heading" className="rounded-xl border border-line bg-white p-4">
      <h2 id="customer-heading" className="text-lg font-semibold text-ink-900">{t("ticket.customerPanel")}</h2>
      <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
        <dt className="text-ink-600">{t("accounts.name")}</dt><dd>{account.ownerName}</dd>
        <dt className="text-ink-600">{t("accounts.phone")}</dt><dd>{account.phoneMasked}</dd>
        <dt className="text-ink-600">{t("ticket.balance")}</dt><dd className={account.balanceMinor < 0n ? "font-semibold text-red-800" : ""}>{money(toMinorUnits(account.balanceMinor))}</dd>
        <dt className="text-ink-600">{t("ticket.accountStatus")}</dt><dd>{account.status}</dd>
        <dt className="text-ink-600">{t("ticket.twoFactor")}</dt><dd>{account.twoFactorEnabled ? t("ticket.on") : t("ticket.off")}</dd>
      </dl>
      {diagnosis ? <DiagnosisSummary diagnosis={diagnosis} unauthorized={unauthorized} locale={locale} currency={account.currency} /> : null}
      <Link className="text-link mt-3 inline-block" href={`/agent/accounts/${encodeURIComponent(account.id)}?ticket=${number}`}>{t("ticket.openAccount")}</Link>
    </section>
  );
}

/**
 * Today's diagnosis for an agent. A deficit that is all unauthorized debits (no TOP_UP from the
 * engine, read through the customer pages' own chooseAccountView) is not an amount to top up: it
 * is under investigation, and every unauthorized debit is listed with the total taken.
 */
export async function DiagnosisSummary({ diagnosis, unauthorized, locale, currency }: { diagnosis: Diagnosis; unauthorized: UnauthorizedDebitRow[]; locale: string; currency: string }) {
  const t = await getTranslations("agent");
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const { asksTopUp } = chooseAccountView(diagnosis);
  return (
    <div className="mt-3 border-t border-line pt-3 text-sm">
      <h3 className="font-semibold text-ink-900">{t("ticket.diagnosis")}</h3>
      {diagnosis.urgent ? <p className="mt-1 font-semibold text-red-800">{t("diagnosis.urgent")}</p> : null}
      {unauthorized.length > 0 ? <UnauthorizedDebitList rows={unauthorized} totalMinor={diagnosis.unauthorizedTotalMinor} currency={currency} locale={locale} /> : null}
      {!diagnosis.isNegative ? <p className="mt-1">{t("diagnosis.none")}</p> : (
        <>
          <p className="mt-1">{asksTopUp ? t("diagnosis.toRestore", { amount: money(diagnosis.amountToRestoreMinor) }) : t("diagnosis.underInvestigation", { amount: money(diagnosis.amountToRestoreMinor) })}</p>
          <ul className="mt-1 list-disc pl-5">
            {diagnosis.causes.map((c) => (
              <li key={c.cause}>
                {t("diagnosis.cause", { cause: t(`cause.${c.cause}`), amount: money(c.amountMinor), count: c.entryIds.length })}
                <span className="block text-ink-700">{c.explanation[locale === "en" ? "en" : "zh-CN"]}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
