import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { describeWizardPath } from "@/lib/wizard/describe-wizard-path";
import { isWizardResultId, WIZARD_RESULTS } from "@/lib/wizard/wizard-results";

type Session = { steps: string[]; treeVersion: number; resultId: string | null };

/** The guided check as the customer answered it, so the agent does not ask it all again. */
export async function WizardPath({ session, locale }: { session: Session | null; locale: Locale }) {
  const t = await getTranslations("agent");
  const steps = session ? describeWizardPath({ steps: session.steps, treeVersion: session.treeVersion, locale }) : [];
  const cause = isWizardResultId(session?.resultId) ? WIZARD_RESULTS[session.resultId].cause : null;
  return (
    <section aria-labelledby="wizard-path-heading" className="rounded-xl border border-line bg-white p-4">
      <h2 id="wizard-path-heading" className="text-lg font-semibold text-ink-900">{t("ticket.wizardPath")}</h2>
      {steps.length === 0 ? (
        <p className="mt-2 text-sm text-ink-700">{t("ticket.noWizardPath")}</p>
      ) : (
        <ol className="mt-2 grid list-decimal gap-2 pl-5 text-sm">
          {steps.map((step, index) => (
            <li key={index}>
              <span className="text-ink-700">{step.question}</span>
              {step.answer ? <span className="block font-medium text-ink-900">{step.answer}</span> : null}
            </li>
          ))}
        </ol>
      )}
      {session?.resultId ? <p className="mt-2 text-sm text-ink-700">{t("ticket.wizardResult", { result: cause ? t(`cause.${cause}`) : t("ticket.wizardUnsure") })}</p> : null}
    </section>
  );
}
