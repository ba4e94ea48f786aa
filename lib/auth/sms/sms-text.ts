import "server-only";
import type { CodePurpose } from "@/lib/auth/one-time-code";
import { loadMessages } from "@/lib/i18n/load-messages";
import type { Locale } from "@/lib/i18n/locales";

/** The SMS text in the requester's language, with `{code}` and `{minutes}` still to fill. */
export async function smsTemplate(options: { locale: Locale; purpose: CodePurpose }): Promise<string> {
  const messages = await loadMessages(options.locale);
  if (options.purpose === "TICKET") return (messages.tickets as { sms: { code: string } }).sms.code;
  const sms = (messages.auth as { sms: Record<"signIn" | "password", string> }).sms;
  return options.purpose === "PASSWORD" ? sms.password : sms.signIn;
}
