"use client";

import Link from "next/link";
import { Icon, type IconName } from "@/app/_components/icon";
import { useCurrentPath } from "@/app/_components/use-current-path";

export type NavItem = { href: string; label: string; icon: IconName };

// Written out so Tailwind sees every class: one row of tabs on a phone for up to four items.
const COLUMNS: Record<number, string> = { 3: "grid-cols-3", 4: "grid-cols-4" };

/** On a phone the links sit side by side like a tab bar; from `lg` up, inline. */
export function PrimaryNav({ label, items, className = "" }: { label: string; items: readonly NavItem[]; className?: string }) {
  const path = useCurrentPath();
  // The most specific item that contains this page is the current one ("/agent/tickets" over "/agent").
  const current = items
    .filter((item) => (item.href === "/" ? path === "/" : path === item.href || path.startsWith(`${item.href}/`)))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;

  return (
    <nav aria-label={label} className={className}>
      <ul className={`grid gap-1 sm:flex sm:gap-1 ${COLUMNS[items.length] ?? "grid-cols-2"}`}>
        {items.map((item) => {
          const isCurrent = item.href === current;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={isCurrent ? "page" : undefined}
                className={`flex min-h-11 flex-col items-center justify-center gap-0.5 rounded-lg px-1 py-1.5 text-sm sm:px-3 font-medium no-underline transition-colors sm:flex-row sm:gap-2 sm:text-[0.95rem] ${
                  isCurrent ? "bg-brand-50 text-brand-800 ring-1 ring-brand-200" : "text-ink-700 hover:bg-brand-50 hover:text-brand-800"
                }`}
              >
                <Icon name={item.icon} className="size-5 shrink-0" />
                <span className="whitespace-nowrap">{item.label}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
