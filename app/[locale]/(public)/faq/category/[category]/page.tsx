import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FAQ_CATEGORIES, isFaqCategory } from "@/lib/help/faq-categories";
import { publishedArticles } from "../../_components/published-articles";
import { publicBaseUrl } from "@/lib/http/public-base-url";
import { pageLocale } from "@/lib/i18n/page-locale";

type Params = Promise<{ locale: string; category: string }>;

export const revalidate = 60; // decision 019 (Next reads a literal here)
export const dynamicParams = false;

export function generateStaticParams() {
  return FAQ_CATEGORIES.map((category) => ({ category }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { category } = await params;
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "help" });
  if (!isFaqCategory(category)) return {};
  const title = t(`categories.${category}.title`);
  return { title, description: t("categoryMetaDescription", { category: title, description: t(`categories.${category}.description`) }), metadataBase: publicBaseUrl(), alternates: { canonical: `/faq/category/${category}` } };
}

export default async function FaqCategoryPage({ params }: { params: Params }) {
  const locale = await pageLocale(params);
  const { category } = await params;
  if (!isFaqCategory(category)) notFound();
  const t = await getTranslations("help");
  const articles = await publishedArticles({ locale, category });

  return (
    <div className="container-page max-w-3xl py-10 sm:py-14">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href="/faq" className="text-brand-800 underline-offset-2 hover:underline">
          {t("breadcrumb")}
        </Link>
      </nav>
      <h1 className="mt-3 text-3xl font-bold text-ink-900">{t(`categories.${category}.title`)}</h1>
      <p className="mt-2 text-ink-700">{t(`categories.${category}.description`)}</p>
      <ul className="mt-8 space-y-4">
        {articles.map((article) => (
          <li key={article.slug} className="rounded-2xl border border-line bg-white p-5">
            <h2 className="text-lg font-semibold">
              <Link href={`/faq/${article.slug}`} className="text-brand-800 underline-offset-2 hover:underline">
                {article.title}
              </Link>
            </h2>
            <p className="mt-1 text-ink-700">{article.summary}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
