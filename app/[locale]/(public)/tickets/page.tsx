import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TicketStatusBadge } from "@/app/_components/tickets/ticket-status-badge";
import { requireRole } from "@/lib/authz";
import { formatDateTime } from "@/lib/i18n/format-date-time";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { listOwnTickets } from "@/lib/tickets/list-own-tickets";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "tickets" });
  return { title: t("metaTitle") };
}

/** The signed-in wallet user's own tickets, newest first. */
export default async function TicketsPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const actor = await requireRole(["WALLET_USER"], { returnTo: "/tickets" });
  const t = await getTranslations("tickets");
  const tickets = await listOwnTickets({ actor });
  return (
    <div className="container-page max-w-3xl py-8 sm:py-12">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold text-ink-900">{t("title")}</h1>
        <Link prefetch={false} href="/tickets/new" className="btn-primary">{t("new")}</Link>
      </div>
      <p className="mt-2 text-ink-700">{t("lead")}</p>
      {tickets.length === 0 ? (
        <p className="mt-8 text-ink-900">{t("empty")}</p>
      ) : (
        <ul className="mt-6 space-y-3">
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
      )}
    </div>
  );
}
