import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TicketStatusBadge } from "@/app/_components/tickets/ticket-status-badge";
import { formatDateTime } from "@/lib/i18n/format-date-time";
import type { OwnTicketSummary } from "@/lib/tickets/list-own-tickets";

/** A wallet user's own tickets, linked to their pages (on /tickets and on /me). */
export async function TicketList({ tickets, locale }: { tickets: OwnTicketSummary[]; locale: string }) {
  const t = await getTranslations("tickets");
  return (
    <ul className="space-y-3">
      {tickets.map((ticket) => (
        <li key={ticket.number} className="rounded-xl border border-line bg-white p-4">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <Link href={`/tickets/${ticket.number}`} className="text-link font-semibold">
              {t("number", { number: ticket.number })}: {ticket.subject}
            </Link>
            <TicketStatusBadge status={ticket.status} />
          </div>
          <p className="mt-1 text-sm text-ink-700">{t("updated", { date: formatDateTime(ticket.updatedAt, locale) })}</p>
        </li>
      ))}
    </ul>
  );
}
