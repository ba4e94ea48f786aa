import type { ReactNode } from "react";
import { PublicFrame } from "@/app/_components/public-frame";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";

/**
 * The signed-in wallet user's own pages (/me): the public header and frame, but every page
 * below is dynamic and checks the session itself (requireRole in the page, not here).
 */
export default async function MeLayout({ children, params }: { children: ReactNode; params: LocaleParams }) {
  const locale = await pageLocale(params);
  return <PublicFrame locale={locale}>{children}</PublicFrame>;
}
