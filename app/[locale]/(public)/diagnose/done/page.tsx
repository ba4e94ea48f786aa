import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "wizard.done" });
  return { title: t("metaTitle") };
}

/** Where "I know what to do now" lands, after the run was recorded as solved by itself. */
export default async function DonePage({ params }: { params: LocaleParams }) {
  await pageLocale(params);
  const t = await getTranslations("wizard.done");
  return (
    <div className="container-page max-w-3xl py-10 sm:py-14">
      <h1 className="text-3xl font-bold text-ink-900">{t("title")}</h1>
      <p className="mt-4 text-lg text-ink-700">{t("body")}</p>
      <div className="mt-6 flex flex-wrap gap-3">
        <Link href="/" className="btn-primary">{t("home")}</Link>
        <Link prefetch={false} href="/faq" className="btn-secondary">{t("faq")}</Link>
      </div>
    </div>
  );
}
