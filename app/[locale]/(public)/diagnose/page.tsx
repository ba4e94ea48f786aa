import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ComingSoon } from "@/app/_components/coming-soon";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";

// Placeholder until the diagnose area is built; it must not pretend to work.
export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "comingSoon.diagnose" });
  return { title: t("metaTitle") };
}

export default async function DiagnosePage({ params }: { params: LocaleParams }) {
  await pageLocale(params);
  return (
    <ComingSoon
      area="diagnose"
      icon="diagnose"
      planned={["wizard", "account", "amount"]}
      fallback={["check", "secure", "topUp", "support"]}
      related={{ href: "/faq", labelKey: "faqLink" }}
    />
  );
}
