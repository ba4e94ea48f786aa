import "server-only";
import { locale as rootLocale } from "next/root-params";
import { setRequestLocale } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";

// Next generates this module's types at build time, and lint and tsc run before any build.
const readRootLocale = rootLocale as () => Promise<string | undefined>;

/**
 * The language of a not-found page, which gets no params. Read from the root segment
 * (app/[locale]) as a root param, not from the request: a not-found page shown by a cached
 * page (an unknown help article) must not read headers, or Next answers 500 instead of 404.
 * A path that is no locale at all (/favicon.ico reaches app/[locale] unchanged) is shown in
 * the default language.
 */
export async function notFoundLocale(): Promise<Locale> {
  const requested: unknown = await readRootLocale();
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  setRequestLocale(locale);
  return locale;
}
