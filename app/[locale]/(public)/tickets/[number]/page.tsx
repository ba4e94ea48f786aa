import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TicketStatusBadge } from "@/app/_components/tickets/ticket-status-badge";
import { TicketThread } from "@/app/_components/tickets/ticket-thread";
import { UnauthorizedDebits } from "@/app/_components/wizard/unauthorized-debits";
import { requireRole } from "@/lib/authz";
import { AppError } from "@/lib/errors/app-error";
import { formatDateTime } from "@/lib/i18n/format-date-time";
import { pageLocale } from "@/lib/i18n/page-locale";
import { firstResponseWithin } from "@/lib/tickets/first-response-within";
import { getOwnTicket } from "@/lib/tickets/get-own-ticket";
import { getOwnTicketDebits } from "@/lib/tickets/get-own-ticket-debits";
import { parseTicketNumber } from "@/lib/tickets/parse-ticket-number";
import { MESSAGE_MAX_LENGTH } from "@/lib/tickets/ticket-input";
import { ReplyBox } from "@/app/_components/tickets/reply-box";
import type { CustomerReplyProblem } from "@/app/_components/tickets/reply-state";
import { sendCustomerReplyAction } from "./actions";

export const dynamic = "force-dynamic";

type Params = Promise<{ locale: string; number: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;
/** Problems a plain form post to POST /api/tickets/{number}/messages names in `?error=`. */
const URL_PROBLEMS = ["message.required", "message.tooLong", "rateLimited"] as const satisfies readonly CustomerReplyProblem[];

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "tickets" });
  return { title: t("number", { number: (await params).number }) };
}

/**
 * One of the user's own tickets: status, what was taken from their account when someone else
 * moved money (today's diagnosis, as on /me), the public thread (never internal notes), reply, close.
 */
export default async function TicketPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const locale = await pageLocale(params);
  const number = parseTicketNumber((await params).number);
  const actor = await requireRole(["WALLET_USER"], { returnTo: `/tickets/${number ?? ""}` });
  if (number === null) notFound();
  const [ticket, debits] = await Promise.all([getOwnTicket({ actor, number }), getOwnTicketDebits({ actor, number })]).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("tickets");
  const search = await searchParams;
  return (
    <div className="container-page max-w-3xl py-8 sm:py-12">
      <Link href="/tickets" className="text-link">{t("detail.back")}</Link>
      {search.created && (
        <p role="status" className="mt-4 rounded-xl border border-line bg-brand-50 p-4 text-ink-900">
          {t("detail.created", { number })}
          {ticket.priority === "URGENT" ? <span className="mt-2 block font-semibold">{t("form.urgentSent", { time: firstResponseWithin("URGENT", locale) })}</span> : null}
        </p>
      )}
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold text-ink-900">{t("number", { number })}: {ticket.subject}</h1>
        <TicketStatusBadge status={ticket.status} />
      </div>
      <p className="mt-1 text-sm text-ink-700">{t("opened", { date: formatDateTime(ticket.createdAt, locale) })}</p>
      {ticket.resolution && (
        <section className="mt-6 rounded-xl border border-line bg-brand-50 p-4">
          <h2 className="font-semibold text-ink-900">{t("detail.resolution")}</h2>
          <p className="mt-1 whitespace-pre-wrap text-ink-900">{ticket.resolution}</p>
        </section>
      )}
      {debits && debits.rows.length > 0 && <UnauthorizedDebits diagnosis={debits.diagnosis} timeline={debits.timeline} locale={locale} headingLevel={2} />}
      <TicketThread
        ticket={ticket}
        locale={locale}
        replyBox={
          <ReplyBox
            action={sendCustomerReplyAction}
            hidden={{ name: "number", value: String(ticket.number) }}
            maxLength={MESSAGE_MAX_LENGTH}
            initialProblem={URL_PROBLEMS.find((problem) => problem === search.error) ?? null}
            labels={{
              reply: t("detail.reply"),
              replyLabel: t("detail.replyLabel"),
              send: t("detail.send"),
              problems: {
                "message.required": t("validation.message.required"),
                "message.tooLong": t("validation.message.tooLong"),
                rateLimited: t.raw("detail.rateLimited") as string,
                closed: t("detail.closedMeanwhile"),
              },
            }}
          />
        }
      />
    </div>
  );
}
