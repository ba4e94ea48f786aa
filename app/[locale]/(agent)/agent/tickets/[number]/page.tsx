import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/staff-permissions";
import { staffPageTitle } from "@/lib/auth/staff-page-title";
import { requireStaff } from "@/lib/authz";
import { formatDateTime } from "@/lib/i18n/format-date-time";
import { pageLocale } from "@/lib/i18n/page-locale";
import { formatMoney } from "@/lib/money/format-money";
import { getAgentTicket } from "@/lib/tickets/get-agent-ticket";
import { listAssignableStaff } from "@/lib/tickets/list-assignable-staff";
import { fillMacro, MACROS } from "@/lib/tickets/macros";
import { offersTopUp } from "@/lib/tickets/offers-top-up";
import { parseTicketNumber } from "@/lib/tickets/parse-ticket-number";
import { ticketContact } from "@/lib/tickets/ticket-contact";
import { Notice } from "../../_components/notice";
import { requestIp } from "../../_components/request-ip";
import { SlaBadge } from "../../_components/sla-badge";
import { claimTicketAction } from "../actions";
import { Conversation } from "./conversation";
import { CustomerPanel } from "./customer-panel";
import { ReplyForm, type ReplyLabels } from "./reply-form";
import { ReporterContact } from "./reporter-contact";
import { TicketHistory } from "./ticket-history";
import { WizardPath } from "./wizard-path";
import { AssignForm, ResolveForm, StatusForm } from "./ticket-side-forms";

export const dynamic = "force-dynamic";

type Params = Promise<{ locale: string; number: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "agent.ticket" });
  return { title: await staffPageTitle(locale, t("metaTitle", { number: (await params).number })), robots: { index: false } };
}

const NOTICES = ["claimed", "status", "assigned", "resolved", "conflict", "claimedByOther", "outcomeRequired", "invalid", "topUpNotOffered"] as const;
const WARNINGS: readonly string[] = ["conflict", "claimedByOther", "outcomeRequired", "invalid", "topUpNotOffered"];

export default async function AgentTicketPage({ params, searchParams }: { params: Params; searchParams: Promise<{ notice?: string }> }) {
  const locale = await pageLocale(params);
  const { number: raw } = await params;
  const actor = await requireStaff({ returnTo: `/agent/tickets/${raw}` });
  const number = parseTicketNumber(raw);
  if (number === null) notFound();
  const ticket = await getAgentTicket({ actor, number, ip: await requestIp() }).catch((error: unknown) => {
    if ((error as { code?: string }).code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("agent");
  const notice = (await searchParams).notice;
  const staff = can(actor.role, "tickets.assign") ? await listAssignableStaff({ actor }) : [];
  const customerLocale = ticket.account?.locale === "en" ? "en" : "zh-CN";
  const amount = formatMoney(ticket.currentDiagnosis?.amountToRestoreMinor ?? 0, ticket.account?.currency ?? "CNY", customerLocale);
  // A deficit that is all unauthorized debits is investigated first: no reply asking for money (the server refuses the outcome too).
  const isTopUpOffered = offersTopUp(ticket.currentDiagnosis);
  const macros = MACROS.filter((m) => isTopUpOffered || !m.asksTopUp).map((m) => ({ id: m.id, title: m.title[locale === "en" ? "en" : "zh-CN"], text: fillMacro(m.id, customerLocale, { name: ticket.account?.ownerName ?? ticket.requester?.name ?? "", amount, ticket: number }) ?? "" }));
  const tt = await getTranslations("agent.ticket");
  const labels = {
    ...Object.fromEntries((["reply", "body", "visibility", "visibilityPublic", "visibilityInternal", "waitForCustomer", "macro", "macroNone", "macroInsert", "send", "sendAnyway", "sent", "sentSms", "smsFailed", "latest", "bodyRequired"] as const).map((k) => [k, tt(k)])),
    changed: tt.raw("changed") as string, changedAssignee: tt.raw("changedAssignee") as string, viewing: tt.raw("viewing") as string, claimedPause: tt.raw("claimedPause") as string, replying: tt.raw("replying") as string,
    retry: t("common.retry"),
    statuses: Object.fromEntries((["NEW", "OPEN", "WAITING_ON_CUSTOMER", "RESOLVED", "CLOSED"] as const).map((s) => [s, t(`status.${s}`)])),
  } as ReplyLabels;
  const finished = ticket.status === "RESOLVED" || ticket.status === "CLOSED";

  return (
    <div className="container-page max-w-6xl py-8">
      <h1 className="text-2xl font-bold text-ink-900">{t("ticket.title", { number })} · {ticket.subject}</h1>
      <p className="mt-1 text-ink-700">
        {t(`status.${ticket.status}`)} · {t(`priority.${ticket.priority}`)} · {t("ticket.openedBy", { date: formatDateTime(ticket.createdAt, locale), name: ticket.requester?.name ?? (ticket.verified ? "—" : t("contact.anonymousRequester")) })} · <SlaBadge ticket={ticket} locale={locale} now={new Date()} />
      </p>
      {notice && (NOTICES as readonly string[]).includes(notice) ? (
        <Notice tone={WARNINGS.includes(notice) ? "warning" : "info"}>{notice === "claimed" ? t("queue.claimed", { number }) : notice === "status" ? t("ticket.statusChanged") : notice === "claimedByOther" ? t("ticket.claimedByOther", { name: ticket.assignee?.name ?? "—" }) : t(`ticket.${notice as "assigned" | "resolved" | "conflict" | "outcomeRequired" | "invalid" | "topUpNotOffered"}`)}</Notice>
      ) : null}
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <p>{ticket.assignee ? t("ticket.assignedTo", { name: ticket.assignee.name }) : t("ticket.unassigned")}</p>
        {!ticket.assignee && !finished ? (
          <form action={claimTicketAction}><input type="hidden" name="number" value={number} /><button type="submit" className="btn-primary">{t("queue.claim")}</button></form>
        ) : null}
      </div>
      {finished && ticket.cause ? <p className="mt-2 rounded-lg bg-calm-50 p-3">{t("ticket.alreadyResolved", { cause: t(`cause.${ticket.cause}`), actions: ticket.resolutionActions.map((a) => t(`actions.${a as "ESCALATED"}`)).join(", ") })}</p> : null}
      <div className="mt-4 grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div>
          <Conversation messages={ticket.messages} locale={locale} />
          {finished ? null : <ReplyForm number={number} version={ticket.version} macros={macros} labels={labels} />}
        </div>
        <div className="grid content-start gap-4">
          <ReporterContact contact={ticketContact(ticket)} />
          <CustomerPanel account={ticket.account} diagnosis={ticket.currentDiagnosis} unauthorized={ticket.currentUnauthorizedDebits} number={number} locale={locale} />
          <StatusForm number={number} version={ticket.version} status={ticket.status} />
          {staff.length > 0 ? <AssignForm number={number} version={ticket.version} staff={staff} assigneeId={ticket.assignee?.id ?? null} /> : null}
          {finished ? null : <ResolveForm number={number} version={ticket.version} suggestedCause={ticket.cause ?? ticket.currentDiagnosis?.primaryCause ?? null} isTopUpOffered={isTopUpOffered} />}
          <WizardPath session={ticket.wizardSession} locale={locale} />
          <TicketHistory events={ticket.events} locale={locale} />
        </div>
      </div>
    </div>
  );
}
