import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ComingSoonBadge } from "@/app/_components/coming-soon-badge";
import { Icon } from "@/app/_components/icon";
import { SHIPPED } from "@/lib/features";

const REASSURANCES = ["autoClear", "credit", "noPassword"] as const;

export async function HomeHero() {
  const t = await getTranslations("home.hero");

  return (
    <div>
      <p className="text-sm font-semibold tracking-wide text-brand-700">{t("eyebrow")}</p>
      <h1 className="mt-2 text-3xl leading-tight font-bold text-balance text-ink-900 sm:text-4xl">
        {/* Keeps "2 分钟" / "2 minutes" on one line on narrow phones. */}
        {t.rich("title", { nowrap: (chunks) => <span className="whitespace-nowrap">{chunks}</span> })}
      </h1>
      <p className="mt-4 max-w-prose text-lg text-ink-700">{t("lead")}</p>
      <div className="mt-6 flex flex-wrap gap-3">
        <Link href="/diagnose" className="btn-primary">
          {t("ctaPrimary")}
          {SHIPPED.diagnose ? <Icon name="arrow" className="size-5" /> : <ComingSoonBadge />}
        </Link>
        <Link href="/faq" className="btn-secondary">
          {t("ctaSecondary")}
          {!SHIPPED.faq && <ComingSoonBadge />}
        </Link>
      </div>
      <h2 className="sr-only">{t("reassureLabel")}</h2>
      <ul className="mt-7 grid gap-2 text-ink-700 sm:grid-cols-1">
        {REASSURANCES.map((key) => (
          <li key={key} className="flex items-start gap-2">
            <span aria-hidden="true" className="mt-0.5 grid size-6 shrink-0 place-items-center rounded-full bg-brand-100 text-brand-800">
              <Icon name="check" className="size-4" />
            </span>
            <span>{t(`reassure.${key}`)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
