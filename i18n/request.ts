import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/load-messages";

// The locale comes from the app/[locale] segment (set with setRequestLocale by pageLocale()),
// which proxy.ts fills from the cookie, then Accept-Language. Reading the cookie here instead
// would make every page dynamic.
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return { locale, messages: await loadMessages(locale), timeZone: "Asia/Shanghai" };
});
