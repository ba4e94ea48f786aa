import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { codeFormLabels } from "@/app/_components/auth/code-labels";
import { CodeSignInForm } from "@/app/_components/auth/code-sign-in-form";
import { SignInForm } from "@/app/_components/auth/sign-in-form";
import { signInLabels } from "@/app/_components/auth/sign-in-labels";
import { Icon } from "@/app/_components/icon";
import type { SignInProvider } from "@/lib/auth/sign-in-fields";

/**
 * Shared body of /signin (wallet users) and /staff/signin (staff). Static: someone already signed
 * in with the right kind of account is sent on by proxy.ts before this renders, and the form
 * reads the query string itself.
 */
export async function SignInPage({ provider }: { provider: SignInProvider }) {
  const t = await getTranslations("auth");
  const area = provider === "staff" ? "staffSignIn" : "walletSignIn";

  return (
    <div className="container-page max-w-lg py-10 sm:py-14">
      <h1 className="flex items-center gap-3 text-3xl font-bold text-ink-900">
        <Icon name={provider === "staff" ? "staff" : "shield"} className="size-8 shrink-0 text-brand-700" />
        {t(`${area}.title`)}
      </h1>
      <p className="mt-3 text-ink-700">{t(`${area}.intro`)}</p>
      {provider === "wallet" ? (
        <>
          {/* A wallet user proves who they are with their phone, as in the wallet itself. */}
          <section aria-labelledby="code-signin-title" className="mt-6 rounded-2xl border border-line bg-white p-5 shadow-sm sm:p-6">
            <h2 id="code-signin-title" className="mb-4 text-xl font-semibold text-ink-900">
              {t("walletSignIn.codeTitle")}
            </h2>
            <CodeSignInForm labels={await codeFormLabels()} titleId="code-signin-title" />
          </section>
          <section aria-labelledby="password-signin-title" className="mt-8 rounded-2xl border border-line bg-white p-5 shadow-sm sm:p-6">
            <h2 id="password-signin-title" className="text-xl font-semibold text-ink-900">
              {t("walletSignIn.passwordTitle")}
            </h2>
            <p className="mt-1 mb-4 text-sm text-ink-700">{t("walletSignIn.passwordIntro")}</p>
            <SignInForm provider={provider} labels={await signInLabels(provider)} titleId="password-signin-title" />
            <p className="mt-4 text-sm text-ink-600">{t("walletSignIn.passwordNote")}</p>
            <p className="mt-2 text-sm">
              <Link href="/password" className="text-link">
                {t("walletSignIn.forgotPassword")}
              </Link>
            </p>
          </section>
        </>
      ) : (
        <div className="mt-6 rounded-2xl border border-line bg-white p-5 shadow-sm sm:p-6">
          <SignInForm provider={provider} labels={await signInLabels(provider)} />
          <p className="mt-4 text-sm text-ink-600">{t(`${area}.passwordNote`)}</p>
        </div>
      )}
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
