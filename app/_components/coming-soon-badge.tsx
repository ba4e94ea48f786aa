import { getTranslations } from "next-intl/server";

/** Said where a not-yet-shipped area is offered (lib/features.ts), once per offer. */
export async function ComingSoonBadge({ className = "" }: { className?: string }) {
  const t = await getTranslations("common");
  return <span className={`inline-block rounded-full bg-calm-50 px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap text-calm-700 ${className}`}>{t("comingSoon")}</span>;
}
