import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { isStaff } from "@/lib/auth/session-user";
import { getSessionUser } from "@/lib/authz";

/** The 403 page body: says which account is signed in and how to get to the right one. */
export async function ForbiddenNotice() {
  const t = await getTranslations("auth");
  const user = await getSessionUser();
  // The other audience's sign-in page: a wallet user on a staff page needs a staff account.
  const switchHref = user && isStaff(user.role) ? "/signin" : "/staff/signin";

  return (
    <div className="container-page max-w-2xl py-16 text-center sm:py-24">
      <p className="text-sm font-semibold tracking-wide text-brand-700">{t("forbidden.code")}</p>
      <h1 className="mt-3 text-3xl font-bold text-ink-900">{t("forbidden.title")}</h1>
      {user && <p className="mt-4 text-lg text-ink-700">{t("forbidden.body", { name: user.name, role: t(`roles.${user.role}`) })}</p>}
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Link href="/" className="btn-primary">
          {t("forbidden.home")}
        </Link>
        <Link href={switchHref} className="btn-secondary">
          {t("forbidden.switchAccount")}
        </Link>
      </div>
    </div>
  );
}
