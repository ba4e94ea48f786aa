import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { firstResponseWithin } from "@/lib/tickets/first-response-within";
import { WIZARD_RESULTS, type WizardResultId } from "@/lib/wizard/wizard-results";

/**
 * The result's steps as a numbered list, in the order they must be done. For a possible
 * takeover the reporting step is the high-priority ticket itself, after securing the account,
 * and the last step says when support answers it: the URGENT first-response target, read from
 * the one SLA definition as the account page's victim steps read it.
 */
export async function ResultSteps({ id, locale }: { id: WizardResultId; locale: Locale }) {
  const t = await getTranslations("wizard");
  const result = WIZARD_RESULTS[id];
  const time = firstResponseWithin(result.ticketPriority, locale);
  return (
    <section aria-labelledby="steps" className="mt-8 rounded-2xl border border-line bg-white p-5 sm:p-6">
      <h2 id="steps" className="text-xl font-bold text-ink-900">{t("result.steps")}</h2>
      <ol className="mt-4 space-y-3">
        {result.steps.map((step, index) => (
          <li key={step} className="flex items-start gap-3">
            <span aria-hidden="true" className="grid size-7 shrink-0 place-items-center rounded-full bg-brand-700 text-sm font-bold text-white">{index + 1}</span>
            <span className="text-ink-900">
              {t(`results.${id}.steps.${step}`, { time })}
              {result.urgent && step === "report" && (
                <>
                  {" "}
                  <Link prefetch={false} href={`/tickets/new?result=${id}`} className="btn-primary mt-2 flex w-fit">{t("result.report")}</Link>
                </>
              )}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
