import "server-only";
import { developmentSender } from "@/lib/auth/sms/development-sender";
import { runtimeSmsDecision, type SmsProvider } from "@/lib/auth/sms/sms-provider-setting";
import { webhookSender } from "@/lib/auth/sms/webhook-sender";

/*
 * The one way the portal sends an SMS (docs/decisions/020-sms-code-sign-in.md). The provider is
 * chosen by SMS_PROVIDER (docs/decisions/026-sms-provider-in-deployments.md); a real one is a
 * file beside this that implements SmsSender, plus a line in SENDERS, its name in SMS_PROVIDERS
 * and its settings in the README.
 */
export type SmsMessage = { to: string; text: string; code: string | null };

export type SmsSender = {
  /** "none": a deployment without SMS_PROVIDER, which sends nothing. */
  name: SmsProvider | "none";
  /** Resolves once the provider has accepted the message; throws when it refused it. */
  send(message: SmsMessage): Promise<void>;
};

const SENDERS: Record<SmsProvider, () => SmsSender> = {
  development: developmentSender,
  webhook: webhookSender,
};

/**
 * The configured sender. A deployment without SMS_PROVIDER (a bare `next start`: the start
 * script refuses to run like that) gets one that fails every send, so the failure is logged and
 * audited and no code ever reaches the outbox.
 */
export function smsSender(): SmsSender {
  const decision = runtimeSmsDecision();
  if (decision.provider) return SENDERS[decision.provider]();
  const refusal = decision.refusal;
  return {
    name: "none",
    send() {
      return Promise.reject(new Error(refusal));
    },
  };
}
