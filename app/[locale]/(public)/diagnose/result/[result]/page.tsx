import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Icon } from "@/app/_components/icon";
import { ResultSteps } from "@/app/_components/wizard/result-steps";
import { LOCALES } from "@/lib/i18n/locales";
import { pageLocale } from "@/lib/i18n/page-locale";
import { NEGATIVE_BALANCE_POLICY } from "@/lib/wizard/negative-balance-policy";
import { isWizardResultId, WIZARD_RESULT_IDS, WIZARD_RESULTS } from "@/lib/wizard/wizard-results";

type Params = Promise<{ locale: string; result: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return LOCALES.flatMap((locale) => WIZARD_RESULT_IDS.map((result) => ({ locale, result })));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { result } = await params;
  const t = await getTranslations({ locale, namespace: "wizard" });
  return { title: isWizardResultId(result) ? `${t(`results.${result}.title`)} · ${t("metaTitle")}` : t("metaTitle") };
}

/**
 * One result per cause, prerendered: what happened, what it means, the steps in order, what next.
 * A possible takeover (the urgent result) asks for no top-up and says the countdown is paused for
 * money someone else took, as the account page's victim view does (decision 032).
 */
export default async function ResultPage({ params }: { params: Params }) {
  const locale = await pageLocale(params);
  const { result: id } = await params;
  if (!isWizardResultId(id)) notFound();
  const result = WIZARD_RESULTS[id];
  const t = await getTranslations("wizard");

  return (
    <div className="container-page max-w-3xl py-8 sm:py-12">
      <p className="text-sm font-semibold text-brand-700">{t("result.eyebrow")}</p>
      <h1 className="mt-2 text-3xl font-bold text-balance text-ink-900">{t(`results.${id}.title`)}</h1>
      {result.urgent && (
        <div role="alert" className="mt-6 rounded-2xl border-2 border-urgent-700 bg-urgent-50 p-5">
          <h2 className="flex items-center gap-2 text-lg font-bold text-urgent-800">
            <Icon name="warning" className="size-6 shrink-0" />
            {t("result.urgentTitle")}
          </h2>
          <p className="mt-2 text-ink-900">{t("result.urgentBody")}</p>
        </div>
      )}
      <ResultSteps id={id} locale={locale} />
      <section aria-labelledby="happened" className="mt-10">
        <h2 id="happened" className="text-xl font-bold text-ink-900">{t("result.happened")}</h2>
        <p className="mt-2 text-ink-700">{t(`results.${id}.happened`)}</p>
      </section>
      <section aria-labelledby="means" className="mt-8">
        <h2 id="means" className="text-xl font-bold text-ink-900">{t("result.means")}</h2>
        <ul className="mt-2 list-disc space-y-2 pl-5 text-ink-700">
          <li>{t(result.urgent ? "result.urgentMeansRestricted" : "result.meansRestricted")}</li>
          <li>{t(result.urgent ? "result.urgentMeansCredit" : "result.meansCredit")}</li>
          <li>{t("result.meansCommon")}</li>
        </ul>
      </section>
      <section aria-labelledby="next" className="mt-8">
        <h2 id="next" className="text-xl font-bold text-ink-900">{t("result.next")}</h2>
        <p className="mt-2 text-ink-700">{t(result.urgent ? "result.urgentNextBody" : "result.nextBody", { reminder: NEGATIVE_BALANCE_POLICY.reminderAfterDays, further: NEGATIVE_BALANCE_POLICY.furtherStepsAfterDays })}</p>
        <p className="mt-2 text-ink-700">
          {t(result.urgent ? "result.urgentNextAccount" : "result.nextAccount")} <Link prefetch={false} href="/diagnose/account" className="text-link">{t("result.checkAccount")}</Link>
        </p>
      </section>
      <section aria-labelledby="faq" className="mt-8">
        <h2 id="faq" className="text-xl font-bold text-ink-900">{t("result.faq")}</h2>
        <ul className="mt-2 space-y-1">
          {result.faq.map((slug) => (
            <li key={slug}>
              <Link prefetch={false} href={`/faq/${slug}`} className="text-link">{t(`result.faqTopics.${slug}`)}</Link>
            </li>
          ))}
        </ul>
      </section>
      <div className="mt-10 flex flex-wrap items-center gap-3 border-t border-line pt-6">
        {!result.urgent && (
          <Link prefetch={false} href={`/tickets/new?result=${id}`} className="btn-secondary">{t("result.contact")}</Link>
        )}
        <form method="post" action="/api/wizard/finish">
          <input type="hidden" name="result" value={id} />
          <button type="submit" className="btn-primary">
            <Icon name="check" className="size-5" />
            {t("result.solved")}
          </button>
        </form>
        <Link prefetch={false} href="/diagnose/q/start" className="text-link">{t("result.restart")}</Link>
      </div>
      {!result.urgent && <p className="mt-3 text-sm text-ink-700">{t("result.contactHint")}</p>}
    </div>
  );
}
