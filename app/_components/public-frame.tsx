import type { ReactNode } from "react";
import { PublicHeader } from "@/app/_components/public-header";
import type { Locale } from "@/lib/i18n/locales";

/** The public header and the <main> landmark the skip link jumps to: public pages, /me, not-found. */
export function PublicFrame({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <>
      <PublicHeader locale={locale} />
      <main id="main" tabIndex={-1} className="flex-1">
        {children}
      </main>
    </>
  );
}
