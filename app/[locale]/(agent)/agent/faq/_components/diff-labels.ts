import { isFaqCategory } from "@/lib/help/faq-categories";

/** A translator for the "help" messages (next-intl's getTranslations("help") or createTranslator). */
export type HelpTranslator = (key: string, values?: Record<string, string | number>) => string;

export type DiffField = "title" | "summary" | "category" | "tags" | "body";

/** Every word the diff markup shows, in the page's language. */
export type DiffLabels = {
  removedStart: string;
  removedEnd: string;
  addedStart: string;
  addedEnd: string;
  legendIntro: string;
  legendRemoved: string;
  legendAdded: string;
  changedTo: string;
  fields: Record<DiffField, string>;
  category: (value: string) => string;
  skipped: (count: number) => string;
};

export function diffLabels(t: HelpTranslator): DiffLabels {
  const r = (key: string) => t(`agent.revision.${key}`);
  return {
    removedStart: r("removedStart"),
    removedEnd: r("removedEnd"),
    addedStart: r("addedStart"),
    addedEnd: r("addedEnd"),
    legendIntro: r("legendIntro"),
    legendRemoved: r("legendRemoved"),
    legendAdded: r("legendAdded"),
    changedTo: r("changedTo"),
    fields: { title: t("agent.fields.title"), summary: t("agent.fields.summary"), category: t("agent.fields.category"), tags: t("agent.fields.tags"), body: t("agent.fields.body") },
    // A category since removed from the help center has no label left: its name is all there is.
    category: (value) => (isFaqCategory(value) ? t(`categories.${value}.title`) : value),
    skipped: (count) => t("agent.revision.skipped", { count }),
  };
}
