import { getTranslations } from "next-intl/server";
import { AccountMenu } from "@/app/_components/auth/account-menu";
import { accountMenuLabels, SiteHeader } from "@/app/_components/site-header";
import type { SessionUser } from "@/lib/auth/session-user";
import { canEditHelp } from "@/lib/help/editor-roles";
import type { Locale } from "@/lib/i18n/locales";

/** Header of the staff area: staff navigation, and the signed-in person rendered on the server. */
export async function StaffHeader({ locale, user }: { locale: Locale; user: SessionUser }) {
  const t = await getTranslations("auth.staffNav");
  const ta = await getTranslations("agent.nav");
  const help = await getTranslations("help.agent");
  const { labels, roleLabels } = await accountMenuLabels();
  const items = [
    { href: "/agent", label: t("home"), icon: "staff" },
    { href: "/agent/tickets", label: ta("tickets"), icon: "staff" },
    { href: "/agent/accounts", label: ta("accounts"), icon: "staff" },
    // Supervisors and admins get the help center's management (which lists every article) in
    // place of the public help center: four items still fit one row on a 320 px phone.
    canEditHelp(user.role) ? ({ href: "/agent/faq", label: help("navLabel"), icon: "faq" } as const) : ({ href: "/faq", label: t("faq"), icon: "faq" } as const),
  ] as const;
  const account = { name: user.name, roleLabel: roleLabels[user.role] ?? user.role, isStaff: true };

  return <SiteHeader locale={locale} navLabel={t("label")} navItems={items} account={<AccountMenu user={account} labels={labels} showWorkspaceLink={false} />} />;
}
