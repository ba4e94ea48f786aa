import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Icon, type IconName } from "@/app/_components/icon";

type Props = {
  area: "diagnose" | "faq" | "tickets";
  icon: IconName;
  /** Keys under comingSoon.<area>.planned: what the finished page will offer. */
  planned: readonly string[];
  /** Keys under comingSoon.<area>.fallback: what helps today, in reading order. */
  fallback: readonly string[];
  related: { href: string; labelKey: string };
  /** Steps are numbered; facts (the FAQ's) are not. */
  isSteps?: boolean;
  /** Fallback keys that are a caution rather than a reassurance: shown with a warning sign. */
  warnings?: readonly string[];
};

/** Honest placeholder: says the feature is not there yet and gives what helps right now. */
export async function ComingSoon({ area, icon, planned, fallback, related, isSteps = true, warnings = [] }: Props) {
  const t = await getTranslations("comingSoon");
  const List = isSteps ? "ol" : "ul";

  return (
    <div className="container-page max-w-3xl py-10 sm:py-14">
      <p className="inline-flex items-center gap-1.5 rounded-full bg-calm-50 px-3 py-1 text-sm font-semibold text-calm-700">
        <Icon name="clock" className="size-4" />
        {t("badge")}
      </p>
      <h1 className="mt-4 flex items-center gap-3 text-3xl font-bold text-ink-900">
        <Icon name={icon} className="size-8 shrink-0 text-brand-700" />
        {t(`${area}.title`)}
      </h1>
      <p className="mt-4 text-lg text-ink-700">{t(`${area}.intro`)}</p>

      <section aria-labelledby="planned-title" className="mt-8 rounded-2xl border border-dashed border-brand-200 bg-white p-5 sm:p-6">
        <h2 id="planned-title" className="font-semibold text-ink-900">
          {t("plannedHeading")}
        </h2>
        <ul className="mt-3 space-y-2 text-ink-700">
          {planned.map((key) => (
            <li key={key} className="flex items-start gap-2">
              <Icon name="check" className="mt-1 size-4 shrink-0 text-brand-700" />
              <span>{t(`${area}.planned.${key}`)}</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="fallback-title" className="mt-8">
        <h2 id="fallback-title" className="text-xl font-bold text-ink-900">
          {t(`${area}.fallbackHeading`)}
        </h2>
        <List className="mt-4 space-y-3">
          {fallback.map((key, index) => {
            const isWarning = warnings.includes(key);
            return (
              <li key={key} className={`flex gap-3 rounded-xl border p-4 ${isWarning ? "border-amber-300 bg-amber-50" : "border-line bg-white"}`}>
                <span
                  aria-hidden="true"
                  className={`grid size-7 shrink-0 place-items-center rounded-full text-sm font-bold ${isWarning ? "bg-amber-100 text-amber-900" : "bg-brand-700 text-white"}`}
                >
                  {isSteps ? index + 1 : <Icon name={isWarning ? "warning" : "check"} className="size-4" />}
                </span>
                <span className="text-ink-900">
                  {isWarning && <span className="sr-only">{t("cautionLabel")} </span>}
                  {t(`${area}.fallback.${key}`)}
                </span>
              </li>
            );
          })}
        </List>
      </section>

      <div className="mt-8 flex flex-wrap gap-3">
        <Link href={related.href} className="btn-secondary">
          {t(`${area}.${related.labelKey}`)}
        </Link>
        <Link href="/" className="btn-secondary">
          {t("backHome")}
        </Link>
      </div>
    </div>
  );
}
