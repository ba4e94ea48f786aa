import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { UserMenu } from "@/app/_components/auth/user-menu";
import { Icon } from "@/app/_components/icon";
import { LanguageSwitch } from "@/app/_components/language-switch";
import { PrimaryNav } from "@/app/_components/primary-nav";

export async function SiteHeader() {
  const t = await getTranslations("common");
  const locale = await getLocale();

  return (
    <header className="border-b border-line bg-white">
      <div className="container-page flex flex-wrap items-center gap-x-3 gap-y-1 py-2 sm:gap-x-6 sm:py-3">
        {/* On a phone only the mark shows (the name stays for screen readers) so the language
            switch and sign-in keep their place on the first row. */}
        <Link href="/" className="flex min-h-11 items-center gap-2.5 rounded-lg font-semibold text-brand-800 no-underline">
          <span className="grid size-9 shrink-0 place-items-center rounded-lg bg-brand-700 text-white">
            <Icon name="logo" className="size-5" />
          </span>
          <span className="sr-only text-lg sm:not-sr-only">{t("brand.name")}</span>
        </Link>
        <PrimaryNav className="order-last w-full border-t border-line pt-1 lg:order-none lg:w-auto lg:border-0 lg:pt-0" />
        <div className="ml-auto flex flex-wrap items-center justify-end gap-2">
          <LanguageSwitch target={locale === "en" ? "zh-CN" : "en"} />
          <UserMenu />
        </div>
      </div>
    </header>
  );
}
