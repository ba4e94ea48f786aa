import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { QueueTicket } from "@/lib/tickets/list-ticket-queue";
import { maskContact, ticketContact } from "@/lib/tickets/ticket-contact";
import { SlaBadge } from "../_components/sla-badge";
import { claimTicketAction } from "./actions";
import { TableScroller } from "@/app/_components/table-scroller";

export async function QueueTable({ tickets, locale, now }: { tickets: QueueTicket[]; locale: string; now: Date }) {
  const t = await getTranslations("agent");
  if (tickets.length === 0) return <p className="mt-6 text-ink-700">{t("common.noResults")}</p>;
  return (
    <TableScroller label={t("queue.title")} className="mt-6 rounded-xl border border-line bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-brand-50 text-ink-800">
          <tr>
            <th scope="col" className="p-3">{t("queue.number")}</th>
            <th scope="col" className="p-3">{t("queue.subject")}</th>
            <th scope="col" className="p-3">{t("queue.status")}</th>
            <th scope="col" className="p-3">{t("queue.priority")}</th>
            <th scope="col" className="p-3">{t("queue.assignee")}</th>
            <th scope="col" className="p-3">{t("queue.due")}</th>
          </tr>
        </thead>
        <tbody>
          {tickets.map((ticket) => (
            <tr key={ticket.number} className="border-t border-line align-top">
              <td className="p-3"><Link className="text-link" href={`/agent/tickets/${ticket.number}`}>#{ticket.number}</Link></td>
              <td className="p-3">
                {ticket.subject}
                {ticket.cause ? <span className="block text-xs text-ink-600">{t(`cause.${ticket.cause}`)}</span> : null}
                <ReporterLine ticket={ticket} />
              </td>
              <td className="p-3">{t(`status.${ticket.status}`)}</td>
              <td className={`p-3 ${ticket.priority === "URGENT" ? "font-semibold text-red-800" : ""}`}>{t(`priority.${ticket.priority}`)}</td>
              <td className="p-3">
                {ticket.assignee ? ticket.assignee.name : (
                  <form action={claimTicketAction}>
                    <input type="hidden" name="number" value={ticket.number} />
                    <button type="submit" className="btn-secondary min-h-9 px-3 py-1 text-sm" aria-label={`${t("queue.claim")} #${ticket.number}`}>{t("queue.claim")}</button>
                  </form>
                )}
              </td>
              <td className="p-3"><SlaBadge ticket={ticket} locale={locale} now={now} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}

/** Someone who could not sign in left a contact: "未登录 · 手机 139****1234 · 未验证" (masked here; in full on the ticket). */
async function ReporterLine({ ticket }: { ticket: QueueTicket }) {
  const contact = ticketContact(ticket);
  if (!contact) return null;
  const t = await getTranslations("agent.contact");
  const parts = [ticket.requesterId ? null : t("notSignedIn"), `${t(`kind.${contact.kind}`)} ${maskContact(contact)}`, contact.verified ? t("verified") : t("unverified")];
  return <span className="block text-xs text-ink-700">{parts.filter(Boolean).join(" · ")}</span>;
}
