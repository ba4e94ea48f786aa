import { getTranslations } from "next-intl/server";
import type { OwnAccountOverview } from "@/lib/accounts/get-own-account-overview";
import { formatDateTime } from "@/lib/i18n/format-date-time";

/** Every device that signed in to the wallet; the ones never confirmed stand out. */
export async function DeviceList({ devices, locale }: { devices: OwnAccountOverview["devices"]; locale: string }) {
  const t = await getTranslations("me.devices");
  return (
    <section aria-labelledby="me-devices-title">
      <h2 id="me-devices-title" className="text-xl font-semibold text-ink-900">
        {t("title")}
      </h2>
      {devices.length === 0 ? (
        <p className="mt-3 text-ink-700">{t("empty")}</p>
      ) : (
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {devices.map((device) => (
            <li key={device.id} className={`rounded-2xl border bg-white p-4 ${device.trusted ? "border-line" : "border-urgent-700"}`}>
              <p className="font-semibold text-ink-900">
                {device.label} <span className="font-normal text-ink-600">· {device.platform}</span>
              </p>
              <p className="mt-1 text-sm text-ink-700">{t("firstSeen", { time: formatDateTime(device.firstSeenAt, locale) })}</p>
              <p className="text-sm text-ink-700">{t("lastSeen", { time: formatDateTime(device.lastSeenAt, locale) })}</p>
              <p className={`mt-2 text-sm font-medium ${device.trusted ? "text-calm-700" : "text-urgent-800"}`}>{device.trusted ? t("trusted") : t("notConfirmed")}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
