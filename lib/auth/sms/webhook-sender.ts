import "server-only";
import type { SmsSender } from "@/lib/auth/sms/sms-sender";

const TIMEOUT_MS = 10_000;

/**
 * A real provider reached over HTTP: POSTs `{ to, text }` as JSON to SMS_WEBHOOK_URL (with
 * `Authorization: Bearer SMS_WEBHOOK_TOKEN` when set). Most SMS gateways, or a small relay in
 * front of one, accept this shape. The code itself is never sent separately.
 */
export function webhookSender(): SmsSender {
  return {
    name: "webhook",
    async send(message) {
      const url = process.env.SMS_WEBHOOK_URL;
      if (!url) throw new Error("SMS_PROVIDER=webhook needs SMS_WEBHOOK_URL");
      const token = process.env.SMS_WEBHOOK_TOKEN;
      const response = await fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ to: message.to, text: message.text }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (!response.ok) throw new Error(`SMS webhook answered ${response.status}`);
    },
  };
}
