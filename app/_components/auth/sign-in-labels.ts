import "server-only";
import { getTranslations } from "next-intl/server";
import { roleLabels } from "@/app/_components/auth/role-labels";
import { SIGN_IN_ISSUES, isRefusalIssue, type SignInIssue, type SignInProvider } from "@/lib/auth/sign-in-fields";

export type SignInLabels = {
  identifier: string;
  identifierHint: string;
  password: string;
  showPassword: string;
  submit: string;
  submitting: string;
  summaryTitle: string;
  failedTitle: string;
  fieldError: string;
  issues: Record<SignInIssue, string>;
  /** Templates with `{seconds}` / `{minutes}` (always 2 or more), filled in the browser. */
  throttledSeconds: string;
  throttledMany: string;
  throttledHint: string;
  disabled: string;
  unavailable: string;
  signedInNotice: string;
  roles: Record<string, string>;
};

const MANY = 9_999;

/** Every string the sign-in form shows, translated on the server and passed as props. */
export async function signInLabels(provider: SignInProvider): Promise<SignInLabels> {
  const t = await getTranslations("auth");
  const identifier = provider === "wallet" ? "phone" : "email";
  return {
    identifier: t(`form.${identifier}`),
    identifierHint: t(identifier === "phone" ? "form.phoneHint" : "form.emailHint"),
    password: t("form.password"),
    showPassword: t("form.showPassword"),
    submit: t("form.submit"),
    submitting: t("form.submitting"),
    summaryTitle: t("form.summaryTitle"),
    failedTitle: t("form.failedTitle"),
    fieldError: t.raw("form.fieldError") as string,
    issues: {
      ...(Object.fromEntries(SIGN_IN_ISSUES.filter((issue) => !isRefusalIssue(issue)).map((issue) => [issue, t(`validation.${issue}`)])) as Record<SignInIssue, string>),
      // Shown at the password field, in the words that name neither which part was wrong.
      "password.incorrect": t(provider === "wallet" ? "errors.invalidCredentialsWallet" : "errors.invalidCredentialsStaff"),
      "code.incorrect": t("errors.invalidCode"),
    },
    throttledSeconds: t.raw("errors.throttledSeconds") as string,
    throttledMany: t("errors.throttled", { minutes: MANY }).replace(MANY.toLocaleString("en"), "{minutes}").replace(String(MANY), "{minutes}"),
    throttledHint: t("errors.throttledHint"),
    disabled: t("errors.disabled"),
    unavailable: t("errors.unavailable"),
    signedInNotice: t.raw("signedInNotice") as string,
    roles: await roleLabels(),
  };
}
