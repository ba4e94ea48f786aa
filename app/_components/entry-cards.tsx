import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ComingSoonBadge } from "@/app/_components/coming-soon-badge";
import { Icon } from "@/app/_components/icon";
import { SHIPPED } from "@/lib/features";

const ENTRIES = [
  { href: "/diagnose", key: "diagnose" },
  { href: "/faq", key: "faq" },
  { href: "/tickets", key: "tickets" },
] as const;

export async function EntryCards() {
  const t = await getTranslations("home.entries");

  return (
    <section aria-labelledby="entries-title">
      <h2 id="entries-title" className="text-2xl font-bold text-ink-900">
        {t("heading")}
      </h2>
      <ul className="mt-5 grid gap-4 md:grid-cols-3">
        {ENTRIES.map((entry) => (
          <li key={entry.key}>
            <Link
              href={entry.href}
              className="group flex h-full flex-col rounded-2xl border border-line bg-white p-5 no-underline shadow-sm transition hover:border-brand-600 hover:shadow-md"
            >
              <span className="grid size-11 place-items-center rounded-xl bg-brand-50 text-brand-700">
                <Icon name={entry.key} className="size-6" />
              </span>
              <h3 className="mt-4 flex flex-wrap items-center gap-x-2 gap-y-1 text-lg font-semibold text-ink-900 group-hover:text-brand-800">
                {t(`${entry.key}.title`)}
                {SHIPPED[entry.key] ? <Icon name="arrow" className="size-4 transition-transform group-hover:translate-x-0.5" /> : <ComingSoonBadge />}
              </h3>
              <p className="mt-1 text-ink-700">{t(`${entry.key}.body`)}</p>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
