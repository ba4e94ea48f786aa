import "server-only";
import { getTranslations } from "next-intl/server";
import type { FaqSearchLabels } from "./faq-search-form";

/** The search box's strings, translated on the server (no i18n runtime in the browser). */
export async function searchLabels(): Promise<FaqSearchLabels> {
  const t = await getTranslations("help.search");
  return {
    label: t("label"),
    placeholder: t("placeholder"),
    button: t("button"),
    loading: t("live.loading"),
    noResults: t("live.noResults"),
    resultCountOne: t.raw("live.resultCountOne") as string,
    resultCount: t.raw("live.resultCount") as string,
    seeAll: t.raw("live.seeAll") as string,
    error: t("live.error"),
  };
}
