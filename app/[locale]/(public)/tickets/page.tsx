import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ComingSoon } from "@/app/_components/coming-soon";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";

// Placeholder until the tickets area is built; it must not pretend to work.
export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "comingSoon.tickets" });
  return { title: t("metaTitle") };
}

export default async function TicketsPage({ params }: { params: LocaleParams }) {
  await pageLocale(params);
  return (
    <ComingSoon
      area="tickets"
      icon="tickets"
      planned={["open", "follow", "reply"]}
      fallback={["prepare", "support", "urgent"]}
      related={{ href: "/faq", labelKey: "faqLink" }}
    />
  );
}
