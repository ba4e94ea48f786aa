import type { ReactNode } from "react";
import { PublicFrame } from "@/app/_components/public-frame";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";

/** Public pages: nothing here depends on the visitor, so every page below can be prerendered. */
export default async function PublicLayout({ children, params }: { children: ReactNode; params: LocaleParams }) {
  const locale = await pageLocale(params);
  return <PublicFrame locale={locale}>{children}</PublicFrame>;
}
