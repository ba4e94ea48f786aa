"use client";

import type { FormEvent } from "react";
import { Icon } from "@/app/_components/icon";
import { useCurrentPath } from "@/app/_components/use-current-path";
import type { Locale } from "@/lib/i18n/locales";

/**
 * A plain form POST to /api/locale, so it also works without JavaScript: the route sets the
 * cookie and answers 303 back to this page. With JavaScript the query string is kept as well.
 */
export function LanguageSwitch({ target, label, targetName }: { target: Locale; label: string; targetName: string }) {
  const path = useCurrentPath();

  function keepQuery(event: FormEvent<HTMLFormElement>) {
    const field = event.currentTarget.elements.namedItem("redirectTo");
    if (field instanceof HTMLInputElement) field.value = window.location.pathname + window.location.search;
  }

  return (
    <form action="/api/locale" method="post" onSubmit={keepQuery}>
      <input type="hidden" name="locale" value={target} />
      <input type="hidden" name="redirectTo" value={path} />
      <button
        type="submit"
        className="inline-flex min-h-11 items-center gap-1.5 rounded-lg border border-line-strong bg-white px-3 text-sm font-medium text-ink-700 transition-colors hover:border-brand-600 hover:text-brand-800"
      >
        <Icon name="globe" className="size-4" />
        <span className="sr-only">{label}</span>
        <span lang={target}>{targetName}</span>
      </button>
    </form>
  );
}
