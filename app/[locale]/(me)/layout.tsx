import type { ReactNode } from "react";
import { PublicHeader } from "@/app/_components/public-header";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";

/**
 * The signed-in wallet user's own pages (/me): the public header and frame, but every page
 * below is dynamic and checks the session itself (requireRole in the page, not here).
 */
export default async function MeLayout({ children, params }: { children: ReactNode; params: LocaleParams }) {
  const locale = await pageLocale(params);
  return (
    <>
      <PublicHeader locale={locale} />
      <main id="main" tabIndex={-1} className="flex-1">
        {children}
      </main>
    </>
  );
}
