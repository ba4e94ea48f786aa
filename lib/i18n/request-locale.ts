import { LOCALE_COOKIE, isLocale, localeFromAcceptLanguage, type Locale } from "@/lib/i18n/locales";

type CookieReader = { get(name: string): { value: string } | undefined };

/** The visitor's language: the language switch's cookie first, then Accept-Language. */
export function requestLocale(cookies: CookieReader, acceptLanguage: string | null): Locale {
  const fromCookie = cookies.get(LOCALE_COOKIE)?.value;
  return isLocale(fromCookie) ? fromCookie : localeFromAcceptLanguage(acceptLanguage);
}
