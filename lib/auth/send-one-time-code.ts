import "server-only";
import { maskPhone } from "@/lib/accounts/mask-phone";
import { recordAudit } from "@/lib/audit/record-audit";
import { findCodeRecipient } from "@/lib/auth/find-code-recipient";
import { CODE_TTL_MS, generateCode, hashCode, type CodePurpose } from "@/lib/auth/one-time-code";
import { smsSender } from "@/lib/auth/sms/sms-sender";
import { databaseNow } from "@/lib/database-now";
import { db } from "@/lib/db";
import { authSecret } from "@/lib/env";
import { fillTemplate } from "@/lib/i18n/fill-template";

/**
 * Issues a new code for a phone and sends it, when the phone belongs to someone who may sign
 * in (findCodeRecipient); otherwise only writes the audit row. A TICKET code goes to any phone:
 * it proves the phone a reporter left on a ticket, whoever owns it (decision 035). The route runs this after it
 * has answered (next/server `after`), so the answer and its timing are the same either way.
 * The new code replaces any earlier one: only the newest row per phone and purpose counts.
 * `template` is the SMS text with `{code}` and `{minutes}`, in the requester's language.
 */
export async function sendOneTimeCode(options: { phone: string; purpose: CodePurpose; ip: string; template: string }): Promise<void> {
  const { phone, purpose, ip } = options;
  const recipient = await findCodeRecipient({ phone });
  const audit = (action: string, metadata: Record<string, string>) =>
    recordAudit({
      actor: recipient?.userId ? { id: recipient.userId, role: "WALLET_USER" } : null,
      action,
      targetType: "PortalUser",
      targetId: recipient?.userId ?? null,
      accountId: recipient?.walletAccountId ?? null,
      ip,
      metadata: { phone: maskPhone(phone), purpose, ...metadata },
    });
  if (!recipient && purpose !== "TICKET") return audit("auth.code.not_sent", { reason: "no-account" });

  const code = generateCode();
  const now = await databaseNow();
  await db.oneTimeCode.create({
    data: {
      phone,
      purpose,
      codeHash: hashCode({ secret: authSecret(), phone, purpose, code }),
      expiresAt: new Date(now.getTime() + CODE_TTL_MS),
      createdAt: now,
    },
    select: { id: true },
  });
  const text = fillTemplate(options.template, { code, minutes: CODE_TTL_MS / 60_000 });
  const sender = smsSender();
  try {
    await sender.send({ to: phone, text, code });
  } catch (error) {
    await audit("auth.code.send_failed", { provider: sender.name });
    throw error;
  }
  await audit("auth.code.sent", { provider: sender.name });
}
