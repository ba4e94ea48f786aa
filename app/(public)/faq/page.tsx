import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ComingSoon } from "@/app/_components/coming-soon";

// Placeholder until the faq area is built; it must not pretend to work.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("comingSoon.faq");
  return { title: t("metaTitle") };
}

export default function FaqPage() {
  return (
    <ComingSoon
      area="faq"
      icon="faq"
      planned={["recover", "credit", "prevent"]}
      fallback={["credit", "repeated", "autoClear", "limited", "prevent"]}
      related={{ href: "/diagnose", labelKey: "diagnoseLink" }}
      isSteps={false}
    />
  );
}
