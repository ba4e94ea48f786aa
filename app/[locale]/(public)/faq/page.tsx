import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Icon } from "@/app/_components/icon";
import { publishedArticles } from "./_components/published-articles";
import { publicBaseUrl } from "@/lib/http/public-base-url";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { CategoryGrid } from "./_components/category-grid";
import { FaqSearchForm } from "./_components/faq-search-form";
import { searchLabels } from "./_components/search-labels";

// Prerendered per language and refreshed from the database at most once a minute (decision 019).
export const revalidate = 60; // decision 019 (Next reads a literal here)

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "help" });
  return { title: t("metaTitle"), description: t("metaDescription"), metadataBase: publicBaseUrl(), alternates: { canonical: "/faq" } };
}

export default async function FaqPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const t = await getTranslations("help");
  const articles = await publishedArticles({ locale });

  return (
    <div className="container-page max-w-4xl py-10 sm:py-14">
      <h1 className="flex items-center gap-3 text-3xl font-bold text-ink-900">
        <Icon name="faq" className="size-8 shrink-0 text-brand-700" />
        {t("title")}
      </h1>
      <p className="mt-3 text-lg text-ink-700">{t("intro")}</p>
      <div className="mt-6">
        <FaqSearchForm locale={locale} labels={await searchLabels()} />
      </div>
      <CategoryGrid articles={articles} />
    </div>
  );
}
