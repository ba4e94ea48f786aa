import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { WizardCause } from "@/lib/help/wizard-cause-for-article";

/** From an article on to the wizard: the matching result page for a cause, else the wizard's start. */
export async function WizardLink({ cause }: { cause: WizardCause | null }) {
  const t = await getTranslations("help.article");
  return (
    <aside aria-labelledby="wizard-link-title" className="mt-10 rounded-2xl border border-brand-200 bg-brand-50 p-5">
      <h2 id="wizard-link-title" className="text-lg font-semibold text-ink-900">
        {t("wizardHeading")}
      </h2>
      <p className="mt-1 text-ink-700">{t("wizardBody")}</p>
      <Link href={cause ? `/diagnose/result/${cause}` : "/diagnose"} className="btn-primary mt-4">
        {t("wizardButton")}
      </Link>
    </aside>
  );
}
