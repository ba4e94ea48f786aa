import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ComingSoon } from "@/app/_components/coming-soon";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";

// Placeholder until the faq area is built; it must not pretend to work.
export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "comingSoon.faq" });
  return { title: t("metaTitle") };
}

export default async function FaqPage({ params }: { params: LocaleParams }) {
  await pageLocale(params);
  return (
    <ComingSoon
      area="faq"
      icon="faq"
      planned={["recover", "credit", "prevent"]}
      fallback={["credit", "repeated", "autoClear", "limited", "prevent"]}
      related={{ href: "/diagnose", labelKey: "diagnoseLink" }}
      isSteps={false}
      warnings={["repeated"]}
    />
  );
}
