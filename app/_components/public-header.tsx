import { getTranslations } from "next-intl/server";
import { UserMenuIsland } from "@/app/_components/auth/user-menu-island";
import { accountMenuLabels, SiteHeader } from "@/app/_components/site-header";
import type { Locale } from "@/lib/i18n/locales";

/** Header of the public pages: static for everyone, the account corner fills in after load. */
export async function PublicHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations("common.nav");
  const { labels, roleLabels } = await accountMenuLabels();
  const items = [
    { href: "/diagnose", label: t("diagnose"), icon: "diagnose" },
    { href: "/faq", label: t("faq"), icon: "faq" },
    { href: "/tickets", label: t("tickets"), icon: "tickets" },
  ] as const;

  return <SiteHeader locale={locale} navLabel={t("label")} navItems={items} account={<UserMenuIsland labels={labels} roleLabels={roleLabels} />} />;
}
