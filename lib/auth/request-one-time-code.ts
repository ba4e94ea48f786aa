import "server-only";
import { after } from "next/server";
import type { CodePurpose } from "@/lib/auth/one-time-code";
import { sendOneTimeCode } from "@/lib/auth/send-one-time-code";
import { smsTemplate } from "@/lib/auth/sms/sms-text";
import { throttleCodeRequest, type CodeRequestVerdict } from "@/lib/auth/throttle-code-request";
import type { Locale } from "@/lib/i18n/locales";

/**
 * "Send me a code", for POST /api/auth/code and the forms that ask for one: counted against the
 * phone's and the address's limits, then sent after the answer has gone (next/server `after`),
 * so neither the answer nor its timing says whether the phone has an account.
 */
export async function requestOneTimeCode(options: { phone: string; purpose: CodePurpose; ip: string; locale: Locale }): Promise<CodeRequestVerdict> {
  const { phone, purpose, ip, locale } = options;
  const verdict = await throttleCodeRequest({ phone, purpose, ip });
  if (!verdict.ok) return verdict;
  const template = await smsTemplate({ locale, purpose });
  after(() =>
    sendOneTimeCode({ phone, purpose, ip, template }).catch((error: unknown) => {
      console.error("sending a one-time code failed", error);
    }),
  );
  return verdict;
}
