import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/app/_components/auth/sign-in-form";
import { Icon } from "@/app/_components/icon";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { isStaff } from "@/lib/auth/session-user";
import { decodeSignInError } from "@/lib/auth/sign-in-errors";
import type { SignInProvider } from "@/lib/auth/sign-in-schemas";
import { getSessionUser } from "@/lib/authz";

export type SignInSearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Shared body of /signin (wallet users) and /staff/signin (staff). */
export async function SignInPage({ provider, searchParams }: { provider: SignInProvider; searchParams: SignInSearchParams }) {
  const params = await searchParams;
  const redirectTo = safeCallbackUrl(params.callbackUrl, provider === "staff" ? "/agent" : "/");
  const user = await getSessionUser();
  // Already signed in with the right kind of account: nothing to do here.
  if (user && isStaff(user.role) === (provider === "staff")) redirect(redirectTo);

  const t = await getTranslations("auth");
  const area = provider === "staff" ? "staffSignIn" : "walletSignIn";
  // next-auth's own error page is configured to come back here with ?error=<code>.
  const initialError = typeof params.error === "string" ? decodeSignInError(params.error) : null;

  return (
    <div className="container-page max-w-lg py-10 sm:py-14">
      <h1 className="flex items-center gap-3 text-3xl font-bold text-ink-900">
        <Icon name={provider === "staff" ? "staff" : "shield"} className="size-8 shrink-0 text-brand-700" />
        {t(`${area}.title`)}
      </h1>
      <p className="mt-3 text-ink-700">{t(`${area}.intro`)}</p>
      {user && (
        <p className="mt-4 rounded-xl border border-line bg-calm-50 p-3 text-sm text-calm-700">
          {t("signedInNotice", { name: user.name, role: t(`roles.${user.role}`) })}
        </p>
      )}
      <div className="mt-6 rounded-2xl border border-line bg-white p-5 shadow-sm sm:p-6">
        <SignInForm provider={provider} redirectTo={redirectTo} initialError={initialError} />
        <p className="mt-4 text-sm text-ink-600">{t(`${area}.passwordNote`)}</p>
      </div>
      <p className="mt-6 text-ink-700">
        {t(`${area}.otherPrompt`)}{" "}
        <Link href={provider === "staff" ? "/signin" : "/staff/signin"} className="text-link">
          {t(`${area}.otherLink`)}
        </Link>
      </p>
      {provider === "wallet" && (
        <p className="mt-2 text-ink-700">
          <Link href="/diagnose" className="text-link">
            {t("walletSignIn.anonymous")}
          </Link>
        </p>
      )}
    </div>
  );
}
