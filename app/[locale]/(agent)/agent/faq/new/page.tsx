import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { staffPageTitle } from "@/lib/auth/staff-page-title";
import { requireRole } from "@/lib/authz";
import { HELP_EDITOR_ROLES } from "@/lib/help/editor-roles";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { ArticleEditor } from "../_components/article-editor";
import { editorLabels } from "../_components/editor-labels";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "help.agent" });
  return { title: await staffPageTitle(locale, t("newTitle")), robots: { index: false } };
}

export default async function NewFaqArticlePage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  await requireRole(HELP_EDITOR_ROLES, { returnTo: "/agent/faq/new" });
  const t = await getTranslations("help.agent");
  const values = { locale, slug: "", category: "causes", title: "", summary: "", body: "", tags: "", position: 0 };

  return (
    <div className="container-page max-w-3xl py-10">
      <Link href="/agent/faq" className="text-link text-sm">{t("back")}</Link>
      <h1 className="mt-3 text-3xl font-bold text-ink-900">{t("newTitle")}</h1>
      <div className="mt-6">
        <ArticleEditor values={values} labels={await editorLabels()} />
      </div>
    </div>
  );
}
