import { getTranslations } from "next-intl/server";
import type { OwnAccountOverview } from "@/lib/accounts/get-own-account-overview";
import { formatDateTime } from "@/lib/i18n/format-date-time";
import { TableScroller } from "@/app/_components/table-scroller";

/** The wallet's recent sign-ins, so the owner can spot one that was not them. */
export async function LoginHistory({ logins, locale }: { logins: OwnAccountOverview["logins"]; locale: string }) {
  const t = await getTranslations("me.logins");
  return (
    <section aria-labelledby="me-logins-title">
      <h2 id="me-logins-title" className="text-xl font-semibold text-ink-900">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-ink-700">{t("intro")}</p>
      {logins.length === 0 ? (
        <p className="mt-3 text-ink-700">{t("empty")}</p>
      ) : (
        <TableScroller label={t("title")} className="mt-3 rounded-2xl border border-line bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-calm-50 text-ink-700">
              <tr>
                <th scope="col" className="px-3 py-2 font-semibold">{t("time")}</th>
                <th scope="col" className="px-3 py-2 font-semibold">{t("device")}</th>
                <th scope="col" className="px-3 py-2 font-semibold">{t("place")}</th>
                <th scope="col" className="px-3 py-2 font-semibold">{t("result")}</th>
              </tr>
            </thead>
            <tbody>
              {logins.map((login) => (
                <tr key={login.id} className="border-t border-line">
                  <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(login.at, locale)}</td>
                  <td className="px-3 py-2">
                    {login.device ?? t("unknownDevice")}
                    {!login.deviceTrusted && <span className="ml-2 inline-block rounded-full bg-urgent-50 px-2 text-xs font-semibold text-urgent-800">{t("notConfirmed")}</span>}
                  </td>
                  <td className="px-3 py-2">{[login.location, login.ip].filter(Boolean).join(" · ")}</td>
                  <td className="px-3 py-2">{login.succeeded ? t("succeeded") : t("failed")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}
    </section>
  );
}
