import "server-only";
import { z } from "zod";
import { developmentSender } from "@/lib/auth/sms/development-sender";
import { webhookSender } from "@/lib/auth/sms/webhook-sender";

/*
 * The one way the portal sends an SMS (docs/decisions/020-sms-code-sign-in.md). The provider is
 * chosen by SMS_PROVIDER; a real one is a file beside this that implements SmsSender, plus a
 * line in SENDERS and its settings in the README.
 */
export type SmsMessage = { to: string; text: string; code: string | null };

export type SmsSender = {
  name: SmsProvider;
  /** Resolves once the provider has accepted the message; throws when it refused it. */
  send(message: SmsMessage): Promise<void>;
};

export const SMS_PROVIDERS = ["development", "webhook"] as const;
export type SmsProvider = (typeof SMS_PROVIDERS)[number];

const providerSchema = z.enum(SMS_PROVIDERS).default("development");

const SENDERS: Record<SmsProvider, () => SmsSender> = {
  development: developmentSender,
  webhook: webhookSender,
};

/** SMS_PROVIDER, checked; an empty value means the default (the development sender). */
export function smsProvider(env: NodeJS.ProcessEnv = process.env): SmsProvider {
  const parsed = providerSchema.safeParse(env.SMS_PROVIDER || undefined);
  if (!parsed.success) throw new Error(`SMS_PROVIDER must be one of ${SMS_PROVIDERS.join(", ")}`);
  return parsed.data;
}

export function smsSender(): SmsSender {
  return SENDERS[smsProvider()]();
}
