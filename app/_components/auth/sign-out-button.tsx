"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";

/**
 * A form, so that a click before hydration (or without JavaScript) still signs out through
 * POST /api/auth/sign-out; once hydrated, next-auth's signOut() does it.
 */
export function SignOutButton({ className = "" }: { className?: string }) {
  const t = useTranslations("auth.userMenu");
  const [isPending, setIsPending] = useState(false);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setIsPending(true);
    void signOut({ callbackUrl: "/" });
  }

  return (
    <form method="post" action="/api/auth/sign-out" onSubmit={handleSubmit}>
      <button
        type="submit"
        disabled={isPending}
        className={`inline-flex min-h-11 items-center rounded-lg border border-line bg-white px-3 text-sm font-medium text-ink-700 transition-colors hover:border-brand-600 hover:text-brand-800 disabled:opacity-70 ${className}`}
      >
        {isPending ? t("signingOut") : t("signOut")}
      </button>
    </form>
  );
}
