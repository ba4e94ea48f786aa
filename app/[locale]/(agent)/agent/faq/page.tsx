import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { staffPageTitle } from "@/lib/auth/staff-page-title";
import { requireRole } from "@/lib/authz";
import { HELP_EDITOR_ROLES } from "@/lib/help/editor-roles";
import { listArticlesForEditors } from "@/lib/help/list-articles-for-editors";
import { listSearchMisses } from "@/lib/help/list-search-misses";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { ScoreCell } from "./_components/score-cell";
import { TableScroller } from "@/app/_components/table-scroller";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "help.agent" });
  return { title: await staffPageTitle(locale, t("metaTitle")), robots: { index: false } };
}

export default async function AgentFaqPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const actor = await requireRole(HELP_EDITOR_ROLES, { returnTo: "/agent/faq" });
  const [articles, misses] = await Promise.all([listArticlesForEditors({ actor }), listSearchMisses({ actor })]);
  const t = await getTranslations("help");
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });

  return (
    <div className="container-page py-10">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold text-ink-900">{t("agent.title")}</h1>
        <Link href="/agent/faq/new" className="btn-primary">
          {t("agent.newArticle")}
        </Link>
      </div>
      <p className="mt-2 max-w-prose text-ink-700">{t("agent.intro")}</p>

      <section aria-labelledby="articles-title" className="mt-8">
        <h2 id="articles-title" className="text-xl font-bold text-ink-900">{t("agent.articlesHeading")}</h2>
        <TableScroller label={t("agent.articlesHeading")} className="mt-3">
          <table className="w-full border-collapse bg-white text-left text-sm">
            <thead>
              <tr className="border-b border-line">
                {(["title", "locale", "category", "status", "score", "updated"] as const).map((column) => (
                  <th key={column} scope="col" className="p-3 font-semibold text-ink-900">{t(`agent.table.${column}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {articles.map((article) => (
                <tr key={article.id} className="border-b border-line">
                  <td className="p-3">
                    <Link href={`/agent/faq/${article.id}`} className="text-link">{article.title}</Link>
                  </td>
                  <td className="p-3">{article.locale}</td>
                  <td className="p-3">{t(`categories.${article.category}.title`)}</td>
                  <td className="p-3">{t(`agent.status.${article.status}`)}</td>
                  <td className="p-3"><ScoreCell score={article.score} /></td>
                  <td className="p-3">{date.format(article.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      </section>

      <section aria-labelledby="gaps-title" className="mt-10">
        <h2 id="gaps-title" className="text-xl font-bold text-ink-900">{t("agent.gapsHeading")}</h2>
        <p className="mt-1 text-ink-700">{t("agent.gapsIntro")}</p>
        {misses.length === 0 ? (
          <p className="mt-3 text-ink-700">{t("agent.gapsEmpty")}</p>
        ) : (
          <ul className="mt-3 divide-y divide-line rounded-xl border border-line bg-white">
            {misses.map((miss) => (
              <li key={`${miss.locale}:${miss.query}`} className="flex justify-between gap-4 p-3">
                <span lang={miss.locale}>{miss.query}</span>
                <span className="shrink-0 text-ink-700">
                  {t(`agent.gapKind.${miss.kind}`)} · {miss.locale} · {t("agent.gapsCount", { count: miss.count })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
