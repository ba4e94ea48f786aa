import "server-only";
import { maskPhone } from "@/lib/accounts/mask-phone";
import type { SmsSender } from "@/lib/auth/sms/sms-sender";
import { db } from "@/lib/db";

/**
 * The default sender, for development and demos: the message goes to the server log and to
 * the outbox table (GET /api/dev/outbox), so a person trying the portal can finish a code
 * sign-in without a phone. In PostgreSQL, not in memory, so every portal process sees it.
 */
export function developmentSender(): SmsSender {
  return {
    name: "development",
    async send(message) {
      await db.smsOutboxMessage.create({ data: { to: message.to, text: message.text, code: message.code }, select: { id: true } });
      console.log(`[sms:development] to ${maskPhone(message.to)}: ${message.text}`);
    },
  };
}
