import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ComingSoon } from "@/app/_components/coming-soon";

// Placeholder until the tickets area is built; it must not pretend to work.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("comingSoon.tickets");
  return { title: t("metaTitle") };
}

export default function TicketsPage() {
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
