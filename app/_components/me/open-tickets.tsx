import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TicketList } from "@/app/_components/tickets/ticket-list";
import type { OwnTicketSummary } from "@/lib/tickets/list-own-tickets";

/** The open tickets on /me: where each case stands, and the way to all tickets or a new one. */
export async function OpenTickets({ tickets, locale }: { tickets: OwnTicketSummary[]; locale: string }) {
  const t = await getTranslations("me");
  return (
    <section aria-labelledby="me-tickets-title" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="me-tickets-title" className="text-xl font-semibold text-ink-900">{t("tickets.title")}</h2>
        <span className="flex flex-wrap gap-4">
          <Link href="/tickets" className="text-link">{t("tickets.all")}</Link>
          <Link prefetch={false} href="/tickets/new" className="text-link">{t("tickets.new")}</Link>
        </span>
      </div>
      {tickets.length === 0 ? <p className="text-ink-700">{t("tickets.none")}</p> : <TicketList tickets={tickets} locale={locale} />}
    </section>
  );
}
