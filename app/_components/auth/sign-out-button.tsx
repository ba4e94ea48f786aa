"use client";

import { useState } from "react";

/**
 * A plain form POST to /api/auth/sign-out (no client auth library): it works before hydration
 * and without JavaScript, and the route clears the session cookie and returns to the home page.
 */
export function SignOutButton({ label, pendingLabel, className = "" }: { label: string; pendingLabel: string; className?: string }) {
  const [isPending, setIsPending] = useState(false);

  return (
    <form method="post" action="/api/auth/sign-out" onSubmit={() => setIsPending(true)}>
      <button
        type="submit"
        aria-disabled={isPending || undefined}
        className={`inline-flex min-h-11 items-center rounded-lg border border-line-strong bg-white px-3 text-sm font-medium text-ink-700 transition-colors hover:border-brand-600 hover:text-brand-800 ${className}`}
      >
        {isPending ? pendingLabel : label}
      </button>
    </form>
  );
}
