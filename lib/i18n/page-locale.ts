import "server-only";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { isLocale, type Locale } from "@/lib/i18n/locales";

export type LocaleParams = Promise<{ locale: string }>;

/**
 * Every layout and page under app/[locale] starts with this. The segment is filled in by
 * proxy.ts (a rewrite, never seen in the URL); telling next-intl the locale here, instead of
 * letting it read the cookie, is what lets the page be prerendered once per locale
 * (docs/decisions/006-static-public-pages.md).
 */
export async function pageLocale(params: LocaleParams): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
