import "server-only";
import { cookies, headers } from "next/headers";
import { clientIp } from "@/lib/auth/client-ip";
import type { CodePurpose } from "@/lib/auth/one-time-code";
import { refusedCodeForm } from "@/lib/auth/refused-code-form";
import { requestOneTimeCode } from "@/lib/auth/request-one-time-code";
import { isSignInIssue } from "@/lib/auth/sign-in-fields";
import type { CodeFormState } from "@/lib/auth/sign-in-form-state";
import { phoneSchema } from "@/lib/auth/sign-in-schemas";
import type { Locale } from "@/lib/i18n/locales";
import { requestLocale } from "@/lib/i18n/request-locale";

/**
 * "Text me a code" (or "send again") from a code form's server action: the same limits and the
 * same silence about whether the phone has an account as POST /api/auth/code. Sent: the code
 * step, for the phone as typed. Otherwise the form comes back with the phone and the reason.
 */
export async function requestCodeFromForm(options: { typedPhone: string; purpose: Extract<CodePurpose, "SIGN_IN" | "PASSWORD">; ip: string; locale: Locale; from: "phone" | "code" }): Promise<CodeFormState> {
  const { typedPhone, purpose, ip, locale, from } = options;
  const parsed = phoneSchema.safeParse(typedPhone);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message;
    return refusedCodeForm({ from, phone: typedPhone, issues: [{ field: "phone", issue: isSignInIssue(message) ? message : "phone.format" }] });
  }
  const verdict = await requestOneTimeCode({ phone: parsed.data, purpose, ip, locale });
  if (!verdict.ok) return refusedCodeForm({ from, phone: typedPhone, refusal: { code: "code-throttled", seconds: verdict.retryAfterSeconds } });
  return { step: "code", phone: typedPhone, issues: [], refusal: null };
}

/**
 * A code form's buttons before its last step (the sign-in and password pages without
 * JavaScript): `change-phone` goes back to the phone, `send` and `resend` ask for a code from this
 * request's address, in the visitor's language. A failure to send is the form's "unavailable".
 */
export async function answerCodeStep(options: { intent: string; phone: string; purpose: Extract<CodePurpose, "SIGN_IN" | "PASSWORD"> }): Promise<CodeFormState> {
  const { intent, phone, purpose } = options;
  if (intent === "change-phone") return { step: "phone", phone, issues: [], refusal: null };
  const requestHeaders = await headers();
  const locale = requestLocale(await cookies(), requestHeaders.get("accept-language"));
  const from = intent === "resend" ? "code" : "phone";
  try {
    return await requestCodeFromForm({ typedPhone: phone, purpose, ip: clientIp(requestHeaders), locale, from });
  } catch (error) {
    console.error(`asking for a ${purpose} code failed`, error);
    return refusedCodeForm({ from, phone, refusal: { code: "unavailable" } });
  }
}
