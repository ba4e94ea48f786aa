import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/app/_components/auth/sign-out-button";
import { isStaff, type SessionUser } from "@/lib/auth/session-user";
import { getSessionUser } from "@/lib/authz";

async function currentUser(): Promise<SessionUser | null> {
  try {
    return await getSessionUser();
  } catch (error) {
    // The header must still render (as signed out) when the database is briefly unreachable;
    // pages that need the user run their own check and fail visibly.
    console.error("UserMenu: could not read the session", error);
    return null;
  }
}

/** Header corner: who is signed in and a sign-out button, or the two ways to sign in. */
export async function UserMenu() {
  const t = await getTranslations("auth");
  const user = await currentUser();

  if (!user) {
    return (
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <Link href="/signin" className="btn-secondary min-h-11 px-4 py-1.5 text-sm">
          {t("userMenu.signIn")}
        </Link>
        <Link href="/staff/signin" className="text-link inline-flex min-h-11 items-center text-sm">
          {t("userMenu.staffSignIn")}
        </Link>
      </div>
    );
  }

  return (
    <section aria-label={t("userMenu.label")} className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <p className="text-sm leading-tight text-ink-700">
        <span className="sr-only">{t("userMenu.signedInAs")} </span>
        <span className="block font-semibold text-ink-900">{user.name}</span>
        <span className="block text-xs text-ink-600">{t(`roles.${user.role}`)}</span>
      </p>
      {isStaff(user.role) && (
        <Link href="/agent" className="text-link inline-flex min-h-11 items-center text-sm">
          {t("userMenu.agentWorkspace")}
        </Link>
      )}
      <SignOutButton />
    </section>
  );
}
