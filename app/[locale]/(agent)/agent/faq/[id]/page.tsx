import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { staffPageTitle } from "@/lib/auth/staff-page-title";
import { requireRole } from "@/lib/authz";
import { AppError } from "@/lib/errors/app-error";
import { HELP_EDITOR_ROLES } from "@/lib/help/editor-roles";
import { getArticleForEditor } from "@/lib/help/get-article-for-editor";
import { pageLocale } from "@/lib/i18n/page-locale";
import { ArticleEditor } from "../_components/article-editor";
import { editorLabels } from "../_components/editor-labels";
import { ArticleHistory } from "../_components/article-history";

type Params = Promise<{ locale: string; id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "help.agent" });
  return { title: await staffPageTitle(locale, t("editTitle")), robots: { index: false } };
}

async function load(actor: Awaited<ReturnType<typeof requireRole>>, id: string) {
  try {
    return await getArticleForEditor({ actor, id });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function EditFaqArticlePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  await pageLocale(params);
  const { id } = await params;
  const actor = await requireRole(HELP_EDITOR_ROLES, { returnTo: `/agent/faq/${encodeURIComponent(id)}` });
  const article = await load(actor, id);
  const { done, problem, restored } = await searchParams;
  const t = await getTranslations("help.agent");
  const values = { ...article, tags: article.tags.join(", ") };

  return (
    <div className="container-page max-w-3xl py-10">
      <Link href="/agent/faq" className="text-link text-sm">{t("back")}</Link>
      <h1 className="mt-3 text-3xl font-bold text-ink-900">{t("editTitle")}</h1>
      <p className="mt-2 text-ink-700">
        {t(`status.${article.status}`)}
        {article.status === "PUBLISHED" ? (
          <>
            {" · "}
            <a href={`/faq/${article.slug}`} className="text-link">{t("viewPublic")}</a>
          </>
        ) : null}
      </p>
      {problem === "changed" || problem === "unrestorable" ? (
        <div role="alert" className="mt-4 rounded-lg border border-urgent-200 bg-urgent-50 p-3 text-urgent-800">
          {t(`revision.${problem}`)}
        </div>
      ) : null}
      <div className="mt-6">
        {/* A new key per restore: the form then starts from the restored text, not the draft it held. */}
        <ArticleEditor key={typeof restored === "string" ? restored : ""} values={values} labels={await editorLabels()} initialDone={typeof done === "string" ? done : undefined} />
      </div>
      <ArticleHistory article={article} />
    </div>
  );
}
