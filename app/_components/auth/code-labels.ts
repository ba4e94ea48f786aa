import "server-only";
import { getTranslations } from "next-intl/server";
import { SIGN_IN_ISSUES, isRefusalIssue, type SignInIssue } from "@/lib/auth/sign-in-fields";

export type CodeFormLabels = {
  phone: string;
  phoneHint: string;
  code: string;
  codeHint: string;
  send: string;
  sending: string;
  /** Templates with `{phone}` / `{seconds}`, filled in the browser. */
  sentNotice: string;
  resendIn: string;
  throttled: string;
  resend: string;
  changePhone: string;
  submit: string;
  submitting: string;
  summaryTitle: string;
  failedTitle: string;
  fieldError: string;
  issues: Record<SignInIssue, string>;
  /** Templates with `{seconds}` / `{minutes}` (always 2 or more), filled in the browser. */
  throttledSeconds: string;
  throttledMany: string;
  disabled: string;
  unavailable: string;
};

const MANY = 9_999;

/** The strings of the SMS-code forms (sign-in and password), translated on the server. */
export async function codeFormLabels(): Promise<CodeFormLabels> {
  const t = await getTranslations("auth");
  return {
    phone: t("form.phone"),
    phoneHint: t("codeForm.phoneHint"),
    code: t("form.code"),
    codeHint: t("codeForm.codeHint"),
    send: t("codeForm.send"),
    sending: t("codeForm.sending"),
    sentNotice: t.raw("codeForm.sentNotice") as string,
    resendIn: t.raw("codeForm.resendIn") as string,
    throttled: t.raw("codeForm.throttled") as string,
    resend: t("codeForm.resend"),
    changePhone: t("codeForm.changePhone"),
    submit: t("codeForm.submit"),
    submitting: t("codeForm.submitting"),
    summaryTitle: t("form.summaryTitle"),
    failedTitle: t("form.failedTitle"),
    fieldError: t.raw("form.fieldError") as string,
    issues: {
      ...(Object.fromEntries(SIGN_IN_ISSUES.filter((issue) => !isRefusalIssue(issue)).map((issue) => [issue, t(`validation.${issue}`)])) as Record<SignInIssue, string>),
      // A wrong code is said at the code field, for phones with and without an account alike.
      "code.incorrect": t("errors.invalidCode"),
      "password.incorrect": t("errors.invalidCredentialsWallet"),
    },
    throttledSeconds: t.raw("errors.throttledSeconds") as string,
    throttledMany: t("errors.throttled", { minutes: MANY }).replace(MANY.toLocaleString("en"), "{minutes}").replace(String(MANY), "{minutes}"),
    disabled: t("errors.disabled"),
    unavailable: t("errors.unavailable"),
  };
}
