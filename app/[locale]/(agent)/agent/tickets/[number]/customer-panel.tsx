import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Diagnosis } from "@/lib/diagnosis/diagnosis-types";
import { formatMoney } from "@/lib/money/format-money";
import { toMinorUnits } from "@/lib/money/to-minor-units";

type Account = { id: string; ownerName: string; phoneMasked: string; status: string; twoFactorEnabled: boolean; balanceMinor: bigint; currency: string };

/** Who the customer is and, from today's ledger, why they are negative. */
export async function CustomerPanel({ account, diagnosis, number, locale }: { account: Account | null; diagnosis: Diagnosis | null; number: number; locale: string }) {
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
      {diagnosis ? <DiagnosisSummary diagnosis={diagnosis} locale={locale} currency={account.currency} /> : null}
      <Link className="text-link mt-3 inline-block" href={`/agent/accounts/${encodeURIComponent(account.id)}?ticket=${number}`}>{t("ticket.openAccount")}</Link>
    </section>
  );
}

export async function DiagnosisSummary({ diagnosis, locale, currency }: { diagnosis: Diagnosis; locale: string; currency: string }) {
  const t = await getTranslations("agent");
  const money = (minor: number) => formatMoney(minor, currency, locale);
  return (
    <div className="mt-3 border-t border-line pt-3 text-sm">
      <h3 className="font-semibold text-ink-900">{t("ticket.diagnosis")}</h3>
      {diagnosis.urgent ? <p className="mt-1 font-semibold text-red-800">{t("diagnosis.urgent")}</p> : null}
      {!diagnosis.isNegative ? <p className="mt-1">{t("diagnosis.none")}</p> : (
        <>
          <p className="mt-1">{t("diagnosis.toRestore", { amount: money(diagnosis.amountToRestoreMinor) })}</p>
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
