import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ComingSoon } from "@/app/_components/coming-soon";

// Placeholder until the diagnose area is built; it must not pretend to work.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("comingSoon.diagnose");
  return { title: t("metaTitle") };
}

export default function DiagnosePage() {
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
