"use client";

import Link from "next/link";
import { SignOutButton } from "@/app/_components/auth/sign-out-button";

export type AccountMenuUser = { name: string; roleLabel: string; isStaff: boolean };
export type AccountMenuLabels = {
  region: string;
  menu: string;
  signIn: string;
  signedInAs: string;
  agentWorkspace: string;
  myAccount: string;
  signOut: string;
  signingOut: string;
};

/**
 * The header corner. Signed out: one "Sign in" link (staff sign in from the footer). Signed in:
 * who it is and "Sign out"; on a phone these fold behind one button (a native popover, so it
 * opens without JavaScript too), from `sm` up they sit inline.
 */
export function AccountMenu({ user, labels, showWorkspaceLink = true }: { user: AccountMenuUser | null; labels: AccountMenuLabels; showWorkspaceLink?: boolean }) {
  if (!user) {
    return (
      <Link href="/signin" className="btn-secondary min-h-11 px-4 py-1.5 text-sm">
        {labels.signIn}
      </Link>
    );
  }

  return (
    <section aria-label={labels.region} className="relative">
      <button
        type="button"
        popoverTarget="account-menu"
        className="inline-flex min-h-11 items-center gap-1.5 rounded-lg border border-line-strong bg-white px-3 text-sm font-medium text-ink-700 sm:hidden"
      >
        {/* The initial only: the full name is in the panel, once. */}
        <span aria-hidden="true" className="grid size-7 place-items-center rounded-full bg-brand-700 text-sm font-semibold text-white">
          {Array.from(user.name)[0] ?? "?"}
        </span>
        <span className="sr-only">{labels.menu}</span>
      </button>
      <div id="account-menu" popover="auto" className="account-menu">
        <p className="text-sm leading-tight text-ink-700">
          <span className="sr-only">{labels.signedInAs} </span>
          <span className="block font-semibold text-ink-900">{user.name}</span>
          <span className="block text-xs text-ink-600">{user.roleLabel}</span>
        </p>
        {user.isStaff && showWorkspaceLink && (
          <Link href="/agent" className="text-link inline-flex min-h-11 items-center text-sm">
            {labels.agentWorkspace}
          </Link>
        )}
        {!user.isStaff && (
          <Link href="/me" className="text-link inline-flex min-h-11 items-center text-sm">
            {labels.myAccount}
          </Link>
        )}
        <SignOutButton label={labels.signOut} pendingLabel={labels.signingOut} />
      </div>
    </section>
  );
}
