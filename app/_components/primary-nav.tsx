"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { Icon } from "@/app/_components/icon";

const ITEMS = [
  { href: "/diagnose", key: "diagnose" },
  { href: "/faq", key: "faq" },
  { href: "/tickets", key: "tickets" },
] as const;

/** On a phone the three links sit side by side like a tab bar; from `sm` up, inline. */
export function PrimaryNav({ className = "" }: { className?: string }) {
  const t = useTranslations("common.nav");
  const pathname = usePathname();

  return (
    <nav aria-label={t("label")} className={className}>
      <ul className="grid grid-cols-3 gap-1 sm:flex sm:gap-1">
        {ITEMS.map((item) => {
          const isCurrent = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={isCurrent ? "page" : undefined}
                className={`flex min-h-11 flex-col items-center justify-center gap-0.5 rounded-lg px-3 py-1.5 text-sm font-medium no-underline transition-colors sm:flex-row sm:gap-2 sm:text-[0.95rem] ${
                  isCurrent ? "bg-brand-50 text-brand-800 ring-1 ring-brand-200" : "text-ink-700 hover:bg-brand-50 hover:text-brand-800"
                }`}
              >
                <Icon name={item.key} className="size-5 shrink-0" />
                <span className="whitespace-nowrap">{t(item.key)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
