import "server-only";
import { getTranslations } from "next-intl/server";
import { isStaff } from "@/lib/auth/session-user";
import { getSessionUser } from "@/lib/authz";
import type { Locale } from "@/lib/i18n/locales";

/**
 * A staff page's browser title. A page's metadata wins over forbidden.tsx's, so a wallet user
 * who opens a staff page (and gets the 403 page) would otherwise see the staff page's title.
 */
export async function staffPageTitle(locale: Locale, title: string): Promise<string> {
  const user = await getSessionUser();
  if (user && !isStaff(user.role)) return (await getTranslations({ locale, namespace: "auth.forbidden" }))("metaTitle");
  return title;
}
