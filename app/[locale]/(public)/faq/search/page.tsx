import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { clientIp } from "@/lib/auth/client-ip";
import { answerSearch } from "@/lib/help/answer-search";
import { listPublishedArticles } from "@/lib/help/list-published-articles";
import { MAX_SEARCH_RESULTS } from "@/lib/help/search-articles";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { CategoryGrid } from "../_components/category-grid";
import { FaqSearchForm } from "../_components/faq-search-form";
import { searchLabels } from "../_components/search-labels";

// The one help-center page rendered per request: its content is the visitor's query. It is the
// search box's no-JavaScript answer (a GET form), so it reads searchParams on the server.
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "help.search" });
  return { title: t("metaTitle"), robots: { index: false, follow: true } };
}

export default async function FaqSearchPage({ params, searchParams }: { params: LocaleParams; searchParams: SearchParams }) {
  const locale = await pageLocale(params);
  const { q: raw, exact } = await searchParams;
  const query = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  const t = await getTranslations("help.search");
  // The page answers the same either way; only storing a gap is limited per address.
  const outcome = await answerSearch({ locale, query, limit: MAX_SEARCH_RESULTS, isExact: exact === "1", ip: clientIp(await headers()) });
  const isMiss = outcome.gap === "NO_RESULTS";
  const shorten = (text: string) => (text.length > 80 ? `${text.slice(0, 80)}…` : text);
  const shown = shorten(query);
  const correction = outcome.correction;

  return (
    <div className="container-page max-w-3xl py-10 sm:py-14">
      <nav aria-label={t("title")} className="text-sm">
        <Link href="/faq" className="text-link">
          {(await getTranslations("help"))("breadcrumb")}
        </Link>
      </nav>
      <h1 className="mt-3 text-3xl font-bold text-ink-900">{query.trim() ? t("resultsFor", { query: shown }) : t("title")}</h1>
      <div className="mt-6">
        <FaqSearchForm locale={locale} labels={await searchLabels()} initialQuery={query.slice(0, 500)} />
      </div>
      {correction?.isApplied ? (
        <p className="mt-4 text-ink-900">
          {t.rich("showingCorrected", {
            corrected: shorten(correction.query),
            original: shown,
            link: (chunks) => (
              <Link href={`/faq/search?${new URLSearchParams({ q: query, exact: "1" })}`} className="text-link">
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : null}
      {correction && !correction.isApplied ? (
        <p className="mt-4 text-ink-900">
          {t.rich("didYouMean", {
            corrected: shorten(correction.query),
            link: (chunks) => (
              <Link href={`/faq/search?${new URLSearchParams({ q: correction.query })}`} className="text-link">
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : null}
      {outcome.isTruncated ? <p className="mt-4 text-ink-700">{t("truncated")}</p> : null}
      {query.trim() === "" ? <p className="mt-6 text-ink-700">{t("empty")}</p> : null}
      {query.trim() !== "" && outcome.terms.length === 0 ? <p className="mt-6 text-ink-700">{t("nothingToSearch")}</p> : null}
      {outcome.results.length > 0 ? (
        <section aria-labelledby="search-results" className="mt-6">
          <h2 id="search-results" className="text-lg font-semibold text-ink-900">
            {t("resultCount", { count: outcome.total })}
          </h2>
          {outcome.total > outcome.results.length ? <p className="mt-1 text-ink-700">{t("showingBest", { count: outcome.results.length })}</p> : null}
          <ol className="mt-3 space-y-4">
            {outcome.results.map((result) => (
              <li key={result.slug} className="rounded-2xl border border-line bg-white p-5">
                <Link href={`/faq/${result.slug}`} className="text-lg font-semibold text-brand-800 underline-offset-2 hover:underline">
                  {result.title}
                </Link>
                {/* HTML-escaped by highlightSnippet; only <mark> is added. */}
                <p className="mt-1 text-ink-700" dangerouslySetInnerHTML={{ __html: result.snippet }} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {isMiss ? (
        <>
          <p className="mt-6 font-semibold text-ink-900">{t("noResults", { query: shown })}</p>
          <p className="mt-1 text-ink-700">{t("noResultsHint")}</p>
          <CategoryGrid articles={await listPublishedArticles({ locale })} />
        </>
      ) : null}
    </div>
  );
}
