import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { firstResponseWithin } from "@/lib/tickets/first-response-within";

const SECURE_STEPS = ["password", "twoFactor", "devices"] as const;

type Props = { locale: Locale; headingLevel: 2 | 3; isCountdownPaused: boolean };

/**
 * A victim's plan, in the order it must be done: secure the account, report the transactions
 * (the urgent report), then what support does and by when: the URGENT first-response target,
 * read from the one SLA definition so the promise follows it.
 */
export async function VictimSteps({ locale, headingLevel, isCountdownPaused }: Props) {
  const t = await getTranslations("wizard.account.victim");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const replyWithin = firstResponseWithin("URGENT", locale);
  const number = (n: number) => (
    <span aria-hidden="true" className="grid size-7 shrink-0 place-items-center rounded-full bg-urgent-700 text-sm font-bold text-white">{n}</span>
  );

  return (
    <section aria-labelledby="victim-steps" className="mt-6" data-testid="victim-steps">
      <Heading id="victim-steps" className={`${headingLevel === 2 ? "text-xl" : "text-lg"} font-bold text-ink-900`}>{t("stepsTitle")}</Heading>
      <ol className="mt-3 space-y-4">
        <li className="flex items-start gap-3">
          {number(1)}
          <div>
            <p className="font-semibold text-ink-900">{t("secure.title")}</p>
            <ul className="mt-1 list-disc space-y-1 pl-5 text-ink-900">
              {SECURE_STEPS.map((step) => (
                <li key={step}>{t(`secure.${step}`)}</li>
              ))}
            </ul>
          </div>
        </li>
        <li className="flex items-start gap-3">
          {number(2)}
          <div>
            <p className="font-semibold text-ink-900">{t("report.title")}</p>
            <p className="mt-1 text-ink-900">{t("report.body")}</p>
            <Link prefetch={false} href="/tickets/new?result=hack" className="btn-primary mt-2 flex w-fit bg-urgent-700 hover:bg-urgent-800">{t("report.link")}</Link>
          </div>
        </li>
        <li className="flex items-start gap-3">
          {number(3)}
          <div>
            <p className="font-semibold text-ink-900">{t("support.title")}</p>
            <p className="mt-1 text-ink-900">{t("support.body", { time: replyWithin })}</p>
            {isCountdownPaused && <p className="mt-1 text-ink-700">{t("support.paused")}</p>}
          </div>
        </li>
      </ol>
    </section>
  );
}
