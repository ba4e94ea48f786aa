import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ArticleListItem } from "@/lib/help/list-published-articles";
import { FAQ_CATEGORIES } from "@/lib/help/faq-categories";

/** Every category that has articles, with its first few questions. */
export async function CategoryGrid({ articles }: { articles: ArticleListItem[] }) {
  const t = await getTranslations("help");
  const groups = FAQ_CATEGORIES.map((category) => ({ category, items: articles.filter((a) => a.category === category) })).filter((g) => g.items.length > 0);

  return (
    <section aria-labelledby="faq-categories" className="mt-12">
      <h2 id="faq-categories" className="text-2xl font-bold text-ink-900">
        {t("categoriesHeading")}
      </h2>
      <ul className="mt-6 grid gap-5 sm:grid-cols-2">
        {groups.map(({ category, items }) => (
          <li key={category} className="rounded-2xl border border-line bg-white p-5">
            <h3 className="text-lg font-semibold text-ink-900">
              <Link href={`/faq/category/${category}`} className="text-brand-800 underline-offset-2 hover:underline">
                {t(`categories.${category}.title`)}
              </Link>
            </h3>
            <p className="mt-1 text-sm text-ink-700">
              {t(`categories.${category}.description`)} · {t("articleCount", { count: items.length })}
            </p>
            <ul className="mt-3 space-y-2">
              {items.slice(0, 4).map((article) => (
                <li key={article.slug}>
                  <Link href={`/faq/${article.slug}`} className="text-ink-900 underline-offset-2 hover:underline">
                    {article.title}
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
