import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { AccountMenuLabels } from "@/app/_components/auth/account-menu";
import { roleLabels } from "@/app/_components/auth/role-labels";
import { Icon } from "@/app/_components/icon";
import { LanguageSwitch } from "@/app/_components/language-switch";
import { PrimaryNav, type NavItem } from "@/app/_components/primary-nav";
import type { Locale } from "@/lib/i18n/locales";

/** The header frame shared by the public and the staff areas; each brings its nav and account corner. */
export async function SiteHeader({ locale, navLabel, navItems, account }: { locale: Locale; navLabel: string; navItems: readonly NavItem[]; account: ReactNode }) {
  const t = await getTranslations("common");
  const target: Locale = locale === "en" ? "zh-CN" : "en";

  return (
    <header className="border-b border-line bg-white">
      <div className="container-page flex flex-wrap items-center gap-x-3 gap-y-1 py-2 sm:gap-x-6 sm:py-3">
        {/* Below 1024 px only the mark shows (the name stays for screen readers) so the nav, the
            language switch and the account corner fit in one row beside it. */}
        <Link href="/" className="flex min-h-11 shrink-0 items-center gap-2.5 rounded-lg font-semibold text-brand-800 no-underline">
          <span className="grid size-9 shrink-0 place-items-center rounded-lg bg-brand-700 text-white">
            <Icon name="logo" className="size-5" />
          </span>
          <span className="sr-only text-lg lg:not-sr-only">{t("brand.name")}</span>
        </Link>
        {/* Source order is the visual order at every width (so is the tab order): on a phone the
            account corner wraps to a second row, on wider screens everything sits in one. From
            640 px the nav never shrinks below its items (sm:min-w-fit): where a longer nav (staff,
            a long name) does not fit, the account corner wraps instead of covering it. */}
        <PrimaryNav label={navLabel} items={navItems} className="min-w-0 flex-1 sm:min-w-fit lg:flex-none" />
        <div className="ml-auto flex w-full items-center justify-end gap-2 sm:w-auto">
          <LanguageSwitch target={target} label={t("language.label")} targetName={t("language.target")} />
          {account}
        </div>
      </div>
    </header>
  );
}

/** The account corner's strings, translated on the server (no i18n runtime in the browser). */
export async function accountMenuLabels(): Promise<{ labels: AccountMenuLabels; roleLabels: Record<string, string> }> {
  const t = await getTranslations("auth");
  return {
    labels: {
      region: t("userMenu.label"),
      menu: t("userMenu.menu"),
      signIn: t("userMenu.signIn"),
      signedInAs: t("userMenu.signedInAs"),
      agentWorkspace: t("userMenu.agentWorkspace"),
      myAccount: t("userMenu.myAccount"),
      signOut: t("userMenu.signOut"),
      signingOut: t("userMenu.signingOut"),
    },
    roleLabels: await roleLabels(),
  };
}
