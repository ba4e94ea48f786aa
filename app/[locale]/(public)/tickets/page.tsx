import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TicketList } from "@/app/_components/tickets/ticket-list";
import { requireRole } from "@/lib/authz";
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
        <div className="mt-6">
          <TicketList tickets={tickets} locale={locale} />
        </div>
      )}
    </div>
  );
}
