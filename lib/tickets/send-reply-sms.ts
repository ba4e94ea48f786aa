import "server-only";
import { maskPhone } from "@/lib/accounts/mask-phone";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { smsSender } from "@/lib/auth/sms/sms-sender";
import { databaseNow } from "@/lib/database-now";
import { db } from "@/lib/db";
import { authSecret } from "@/lib/env";
import { publicBaseUrl } from "@/lib/http/public-base-url";
import { fillTemplate } from "@/lib/i18n/fill-template";
import { formatDate } from "@/lib/i18n/format-date";
import { loadMessages } from "@/lib/i18n/load-messages";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { REPLY_LINK_LIFETIME_MS, signReplyLink } from "./reply-link";
import { ticketContact } from "./ticket-contact";

/** The page a reply link opens (app/[locale]/(public)/tickets/link/[token]). */
export function replyLinkPath(token: string): string {
  return `/tickets/link/${token}`;
}

/**
 * Tells a reporter without an account that support replied (decision 035): an SMS through the
 * configured SmsSender, in the language they wrote in, with a new reply link. Only for a phone
 * they proved with a code: an unproven contact may be anyone's, and a signed-in customer reads
 * replies in the portal. Runs after the reply has committed; a failed send is audited and does
 * not undo the reply (the agent can still call).
 */
export async function sendReplySms({ ticketId, actor, ip }: { ticketId: string; actor: SessionUser; ip?: string | null }): Promise<"sent" | "not_applicable" | "failed"> {
  const ticket = await db.ticket.findUnique({ where: { id: ticketId }, select: { id: true, number: true, contact: true, contactVerifiedAt: true, requesterId: true, locale: true, accountId: true } });
  const contact = ticket ? ticketContact(ticket) : null;
  if (!ticket || ticket.requesterId || contact?.kind !== "phone" || !contact.verified) return "not_applicable";

  const expiresAt = new Date((await databaseNow()).getTime() + REPLY_LINK_LIFETIME_MS);
  const token = signReplyLink({ secret: authSecret(), ticket, expiresAt });
  const locale = isLocale(ticket.locale) ? ticket.locale : DEFAULT_LOCALE;
  const template = ((await loadMessages(locale)).tickets as { sms: { reply: string } }).sms.reply;
  const text = fillTemplate(template, { number: ticket.number, date: formatDate(expiresAt, locale), link: new URL(replyLinkPath(token), publicBaseUrl()).toString() });
  const sender = smsSender();
  const audit = (action: string) =>
    recordAudit({ actor, action, targetType: "Ticket", targetId: String(ticket.number), accountId: ticket.accountId, ip, metadata: { phone: maskPhone(contact.value), provider: sender.name, linkExpiresAt: expiresAt.toISOString() } });
  try {
    await sender.send({ to: contact.value, text, code: null });
  } catch (error) {
    console.error(`the reply SMS for ticket #${ticket.number} was not sent`, error);
    await audit("ticket.reply.sms_failed");
    return "failed";
  }
  await audit("ticket.reply.sms_sent");
  return "sent";
}
