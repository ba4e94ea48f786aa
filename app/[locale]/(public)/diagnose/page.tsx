import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Icon } from "@/app/_components/icon";
import { QueryNotice } from "@/app/_components/wizard/query-notice";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "wizard" });
  return { title: t("metaTitle") };
}

/** The wizard's front door: start the questions, or go straight to "check my account". */
export default async function DiagnosePage({ params }: { params: LocaleParams }) {
  await pageLocale(params);
  const t = await getTranslations("wizard.intro");
  return (
    <div className="container-page max-w-3xl py-10 sm:py-14">
      <QueryNotice param="restart" text={t("restarted")} />
      <h1 className="flex items-center gap-3 text-3xl font-bold text-ink-900">
        <Icon name="diagnose" className="size-8 shrink-0 text-brand-700" />
        {t("title")}
      </h1>
      <p className="mt-4 text-lg text-ink-700">{t("lead")}</p>
      <Link href="/diagnose/q/start" className="btn-primary mt-6">
        {t("start")}
        <Icon name="arrow" className="size-5" />
      </Link>
      <section aria-labelledby="account-title" className="mt-10 rounded-2xl border border-line bg-white p-5 sm:p-6">
        <h2 id="account-title" className="font-semibold text-ink-900">
          {t("accountTitle")}
        </h2>
        <p className="mt-2 text-ink-700">{t("accountBody")}</p>
        {/* A plain link: the account page is dynamic and must not be prefetched for anonymous visitors. */}
        <Link prefetch={false} href="/diagnose/account" className="btn-secondary mt-4">
          {t("accountLink")}
        </Link>
      </section>
    </div>
  );
}
