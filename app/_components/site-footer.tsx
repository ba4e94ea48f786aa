import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Icon } from "@/app/_components/icon";

export async function SiteFooter() {
  const t = await getTranslations("common");
  const links = [
    { href: "/diagnose", label: t("nav.diagnose") },
    { href: "/faq", label: t("nav.faq") },
    { href: "/tickets", label: t("nav.tickets") },
  ];

  return (
    <footer className="mt-16 border-t border-line bg-white">
      <div className="container-page grid gap-8 py-10 text-sm text-ink-700 sm:grid-cols-[3fr_2fr]">
        <div className="space-y-3">
          <p className="font-semibold text-brand-800">{t("brand.name")}</p>
          <p>{t("footer.about")}</p>
          <p className="flex items-start gap-2 rounded-lg bg-brand-50 p-3 text-brand-900">
            <Icon name="shield" className="mt-0.5 size-5 shrink-0" />
            <span>{t("footer.safety")}</span>
          </p>
        </div>
        <div className="space-y-4">
          <nav aria-label={t("footer.links")}>
            <ul className="space-y-2">
              {links.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} className="text-link">
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <p className="flex flex-wrap items-center gap-x-2 border-t border-line pt-4">
            <Icon name="staff" className="size-5 text-ink-600" />
            <span>{t("footer.staffPrompt")}</span>
            <Link href="/staff/signin" className="text-link">
              {t("footer.staffSignIn")}
            </Link>
          </p>
        </div>
      </div>
    </footer>
  );
}
