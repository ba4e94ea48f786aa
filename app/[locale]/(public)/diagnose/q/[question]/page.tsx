import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { QueryNotice } from "@/app/_components/wizard/query-notice";
import { LOCALES } from "@/lib/i18n/locales";
import { pageLocale } from "@/lib/i18n/page-locale";
import { progressOf } from "@/lib/wizard/wizard-path";
import { parentOf, WIZARD_QUESTIONS } from "@/lib/wizard/wizard-tree";

type Params = Promise<{ locale: string; question: string }>;

export function generateStaticParams() {
  return LOCALES.flatMap((locale) => [...WIZARD_QUESTIONS.keys()].map((question) => ({ locale, question })));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const question = WIZARD_QUESTIONS.get((await params).question);
  const t = await getTranslations({ locale, namespace: "wizard" });
  return { title: question ? `${question.prompt[locale]} · ${t("metaTitle")}` : t("metaTitle") };
}

/**
 * One question, prerendered per locale: the id in the path is the whole state (a strict tree).
 * Each answer is a submit button of a plain form; /api/wizard/answer records it and sends the
 * browser on with a 303, so the wizard works without JavaScript and Back works as usual.
 */
export default async function QuestionPage({ params }: { params: Params }) {
  const locale = await pageLocale(params);
  const question = WIZARD_QUESTIONS.get((await params).question);
  // A tampered or outdated link restarts cleanly with a message instead of a dead end.
  if (!question) redirect("/diagnose?restart=unknown-step");
  const t = await getTranslations("wizard.question");
  const { step, total } = progressOf(question.id);
  const parent = parentOf(question.id);

  return (
    <div className="container-page max-w-3xl py-8 sm:py-12">
      {/* After an answer over the per-address limit (decision 029): nothing was saved, choose again. */}
      <QueryNotice param="limited" text={t("limited")} />
      <p className="text-sm font-semibold text-brand-700">{t("progress", { step, total })}</p>
      <progress className="mt-2 h-2 w-full accent-brand-700" value={step} max={total} aria-label={t("progress", { step, total })} />
      <form method="post" action="/api/wizard/answer" className="mt-6">
        <input type="hidden" name="question" value={question.id} />
        <input type="hidden" name="locale" value={locale} />
        <fieldset>
          <legend className="text-2xl font-bold text-balance text-ink-900">{question.prompt[locale]}</legend>
          {question.hint && <p className="mt-3 text-ink-700">{question.hint[locale]}</p>}
          <p className="sr-only">{t("answersLabel")}</p>
          <div className="mt-6 grid gap-3">
            {question.options.map((option) => (
              <button key={option.id} type="submit" name="option" value={option.id} className="w-full rounded-xl border border-line bg-white p-4 text-left hover:border-brand-700 focus-visible:outline-2 focus-visible:outline-brand-700">
                <span className="block font-semibold text-ink-900">{option.label[locale]}</span>
                {option.example && <span className="mt-1 block text-sm text-ink-700">{option.example[locale]}</span>}
              </button>
            ))}
          </div>
        </fieldset>
      </form>
      <Link href={parent ? `/diagnose/q/${parent.question.id}` : "/diagnose"} className="mt-8 inline-flex items-center gap-2 font-semibold text-brand-700 underline">
        <span aria-hidden="true">←</span>
        {parent ? t("back") : t("backToStart")}
      </Link>
    </div>
  );
}
