import type { ReactNode } from "react";
import { PublicHeader } from "@/app/_components/public-header";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";

/** Public pages: nothing here depends on the visitor, so every page below can be prerendered. */
export default async function PublicLayout({ children, params }: { children: ReactNode; params: LocaleParams }) {
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
