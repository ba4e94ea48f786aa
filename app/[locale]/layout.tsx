import type { Metadata, Viewport } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/app/_components/site-footer";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { LOCALES } from "@/lib/i18n/locales";
import "../globals.css";

/** Both languages are prerendered; proxy.ts picks one per visitor without showing it in the URL. */
export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "common" });
  return {
    title: { template: `%s · ${t("brand.name")}`, default: t("meta.titleDefault") },
    description: t("meta.description"),
    icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
  };
}

export const viewport: Viewport = { themeColor: "#0b5854", width: "device-width", initialScale: 1 };

/*
 * No translation provider for the browser: server components translate, and the few client
 * components get their strings as props (docs/decisions/006-static-public-pages.md). Each area's
 * layout ((public), (agent)) adds its header and the <main> landmark.
 */
export default async function RootLayout({ children, params }: { children: ReactNode; params: LocaleParams }) {
  const locale = await pageLocale(params);
  const t = await getTranslations("common");

  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only rounded-lg bg-white font-semibold text-brand-800 shadow-lg focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50 focus:px-4 focus:py-3"
        >
          {t("skipToContent")}
        </a>
        {children}
        <SiteFooter />
      </body>
    </html>
  );
}
