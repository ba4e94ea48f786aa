import "server-only";
import { getTranslations } from "next-intl/server";
import { FAQ_CATEGORIES } from "@/lib/help/faq-categories";
import type { EditorLabels } from "./article-editor";

/** The editor's strings, translated on the server. */
export async function editorLabels(): Promise<EditorLabels> {
  const t = await getTranslations("help");
  const form = ["locale", "slug", "slugHint", "category", "title", "summary", "body", "bodyHint", "tags", "tagsHint", "position", "preview", "save", "publish", "unpublish", "previewHeading", "fixErrors", "conflict"] as const;
  return {
    text: Object.fromEntries(form.map((key) => [key, t(`agent.form.${key}`)])),
    categories: Object.fromEntries(FAQ_CATEGORIES.map((c) => [c, t(`categories.${c}.title`)])),
    locales: { "zh-CN": "简体中文", en: "English" },
    done: { save: t("agent.form.saved"), publish: t("agent.form.published"), unpublish: t("agent.form.unpublished"), restore: t("agent.revision.restored") },
  };
}
