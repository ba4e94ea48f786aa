import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { staffPageTitle } from "@/lib/auth/staff-page-title";
import { requireStaff } from "@/lib/authz";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { parseQuery } from "@/lib/http/parse-query";
import { listTicketQueue } from "@/lib/tickets/list-ticket-queue";
import { ticketQueueQuery, type TicketQueueQuery } from "@/lib/tickets/ticket-queue-query";
import { QueryProblems } from "../_components/query-problems";
import { requestIp } from "../_components/request-ip";
import { QueueFilters } from "./queue-filters";
import { QueueNotice } from "./queue-notice";
import { QueueTable } from "./queue-table";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "agent.queue" });
  return { title: await staffPageTitle(locale, t("metaTitle")), robots: { index: false } };
}

const OPEN_WORK = ["NEW", "OPEN", "WAITING_ON_CUSTOMER"] as const;

export default async function TicketQueuePage({ params, searchParams }: { params: LocaleParams; searchParams: SearchParams }) {
  const locale = await pageLocale(params);
  const actor = await requireStaff({ returnTo: "/agent/tickets" });
  const t = await getTranslations("agent");
  const raw = await searchParams;
  const parsed = parseQuery(raw, ticketQueueQuery);
  const query: TicketQueueQuery = parsed.ok ? parsed.value : ticketQueueQuery.parse({});
  const effective = { ...query, status: query.status ?? [...OPEN_WORK] };
  const page = parsed.ok ? await listTicketQueue({ actor, query: effective, ip: await requestIp() }) : { tickets: [], nextCursor: null };
  const filters = new URLSearchParams(Object.entries(raw).flatMap(([k, v]) => (k === "cursor" || k === "notice" || k === "n" || v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x) => [k, x]))));
  const next = new URLSearchParams(filters);
  if (page.nextCursor) next.set("cursor", page.nextCursor);

  return (
    <div className="container-page max-w-6xl py-8">
      <h1 className="text-2xl font-bold text-ink-900">{t("queue.title")}</h1>
      <QueueNotice actor={actor} notice={typeof raw.notice === "string" ? raw.notice : undefined} number={typeof raw.n === "string" ? raw.n : undefined} />
      <QueueFilters query={query} />
      {parsed.ok ? null : <QueryProblems errors={parsed.errors} firstPage={`/agent/tickets?${filters}`} />}
      <QueueTable tickets={page.tickets} locale={locale} now={new Date()} />
      <nav className="mt-4 flex gap-4" aria-label={t("queue.title")}>
        {query.cursor ? <Link className="text-link" href="/agent/tickets">{t("common.first")}</Link> : null}
        {page.nextCursor ? <Link className="text-link" href={`/agent/tickets?${next}`}>{t("common.next")}</Link> : null}
      </nav>
      <p className="mt-6 text-sm text-ink-600">{t("common.viewLogged")}</p>
    </div>
  );
}
