import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getPublishedArticle } from "@/lib/help/get-published-article";
import { renderMarkdown } from "@/lib/help/render-markdown";
import { wizardCauseForArticle } from "@/lib/help/wizard-cause-for-article";
import { publicBaseUrl } from "@/lib/http/public-base-url";
import { pageLocale } from "@/lib/i18n/page-locale";
import { publishedArticles } from "../_components/published-articles";
import { ArticleFeedback } from "../_components/article-feedback";
import { feedbackLabels } from "../_components/feedback-labels";
import { WizardLink } from "../_components/wizard-link";

type Params = Promise<{ locale: string; slug: string }>;

// Prerendered per language; Next re-renders a page at most once a minute when it is asked for,
// and articles published later are rendered on their first visit (decision 019).
export const revalidate = 60; // decision 019 (Next reads a literal here)

export async function generateStaticParams({ params }: { params: { locale: string } }) {
  return (await publishedArticles({ locale: params.locale })).map(({ slug }) => ({ slug }));
}

async function load(params: Params) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  return { locale, article: await getPublishedArticle({ locale, slug }) };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { article } = await load(params);
  if (!article) return {};
  return { title: article.title, description: article.summary, metadataBase: publicBaseUrl(), alternates: { canonical: `/faq/${article.slug}` } };
}

export default async function FaqArticlePage({ params }: { params: Params }) {
  const { locale, article } = await load(params);
  if (!article) notFound();
  const t = await getTranslations("help");
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Asia/Shanghai" }).format(article.updatedAt);
  const categoryTitle = t(`categories.${article.category}.title`);

  return (
    <div className="container-page max-w-3xl py-10 sm:py-14">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <ol className="flex flex-wrap gap-2 text-ink-700">
          <li>
            <Link href="/faq" className="text-brand-800 underline-offset-2 hover:underline">
              {t("breadcrumb")}
            </Link>
            <span aria-hidden="true"> ›</span>
          </li>
          <li>
            <Link href={`/faq/category/${article.category}`} className="text-brand-800 underline-offset-2 hover:underline">
              {categoryTitle}
            </Link>
          </li>
        </ol>
      </nav>
      <article className="mt-4">
        <h1 className="text-3xl font-bold text-ink-900">{article.title}</h1>
        <p className="mt-2 text-sm text-ink-700">{t("article.updated", { date })}</p>
        <p className="mt-4 text-lg text-ink-900">{article.summary}</p>
        <div className="faq-body mt-6" dangerouslySetInnerHTML={{ __html: renderMarkdown(article.body) }} />
      </article>
      <WizardLink cause={wizardCauseForArticle(article)} />
      <ArticleFeedback slug={article.slug} locale={locale} labels={await feedbackLabels()} />
      {article.related.length > 0 ? (
        <section aria-labelledby="related-title" className="mt-10">
          <h2 id="related-title" className="text-xl font-bold text-ink-900">
            {t("article.relatedHeading")}
          </h2>
          <ul className="mt-3 space-y-2">
            {article.related.map((related) => (
              <li key={related.slug}>
                <Link href={`/faq/${related.slug}`} className="text-brand-800 underline-offset-2 hover:underline">
                  {related.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
