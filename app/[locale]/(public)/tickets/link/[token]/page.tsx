import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReplyBox } from "@/app/_components/tickets/reply-box";
import type { CustomerReplyProblem } from "@/app/_components/tickets/reply-state";
import { TicketStatusBadge } from "@/app/_components/tickets/ticket-status-badge";
import { TicketThread } from "@/app/_components/tickets/ticket-thread";
import { formatDate } from "@/lib/i18n/format-date";
import { formatDateTime } from "@/lib/i18n/format-date-time";
import { pageLocale } from "@/lib/i18n/page-locale";
import { openReplyLink } from "@/lib/tickets/open-reply-link";
import { MESSAGE_MAX_LENGTH } from "@/lib/tickets/ticket-input";
import { sendLinkReplyAction } from "./actions";

// Per link and per request: a reply link is a credential, so nothing about it is cached or indexed.
export const dynamic = "force-dynamic";

type Params = Promise<{ locale: string; token: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;
/** Problems a plain form post to POST /api/tickets/link/{token}/messages names in `?error=`. */
const URL_PROBLEMS = ["message.required", "message.tooLong", "rateLimited", "closed"] as const satisfies readonly CustomerReplyProblem[];

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "tickets.link" });
  // The token is in the URL: no search engine, and no Referer to the sites a reply links to.
  return { title: t("metaTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/**
 * A ticket as its reporter without an account reads it, through the link in support's SMS
 * (decision 035): the public thread and a reply box, until the link expires or the ticket closes.
 * A link the portal did not sign is a 404, like any unknown page.
 */
export default async function ReplyLinkPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const locale = await pageLocale(params);
  const { token } = await params;
  const link = await openReplyLink(token);
  if (link.kind === "not_found") notFound();
  const t = await getTranslations("tickets");
  if (link.kind !== "ok") {
    return (
      <div className="container-page max-w-3xl py-8 sm:py-12">
        <h1 className="text-2xl font-bold text-ink-900">{t("link.title", { number: link.number })}</h1>
        <p role="status" className="mt-4 rounded-xl border border-line bg-brand-50 p-4 text-ink-900">{t(`link.${link.kind}`, { number: link.number })}</p>
        <Link prefetch={false} href="/tickets/new?result=hack" className="btn-primary mt-6 inline-block">{t("link.newReport")}</Link>
      </div>
    );
  }
  const { ticket } = link;
  const search = await searchParams;
  return (
    <div className="container-page max-w-3xl py-8 sm:py-12">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold text-ink-900">{t("link.title", { number: ticket.number })}: {ticket.subject}</h1>
        <TicketStatusBadge status={ticket.status} />
      </div>
      <p className="mt-1 text-sm text-ink-700">{t("opened", { date: formatDateTime(ticket.createdAt, locale) })}</p>
      <p className="mt-4 text-ink-700">{t("link.lead", { date: formatDate(link.expiresAt, locale) })}</p>
      {search.sent === "1" && <p role="status" className="mt-4 rounded-xl border border-line bg-brand-50 p-4 text-ink-900">{t("link.sent")}</p>}
      {ticket.resolution && (
        <section className="mt-6 rounded-xl border border-line bg-brand-50 p-4">
          <h2 className="font-semibold text-ink-900">{t("detail.resolution")}</h2>
          <p className="mt-1 whitespace-pre-wrap text-ink-900">{ticket.resolution}</p>
        </section>
      )}
      <TicketThread
        ticket={ticket}
        locale={locale}
        canClose={false}
        replyBox={
          <ReplyBox
            action={sendLinkReplyAction}
            hidden={{ name: "token", value: token }}
            maxLength={MESSAGE_MAX_LENGTH}
            initialProblem={URL_PROBLEMS.find((problem) => problem === search.error) ?? null}
            labels={{
              reply: t("detail.reply"),
              replyLabel: t("link.replyLabel"),
              send: t("detail.send"),
              problems: {
                "message.required": t("validation.message.required"),
                "message.tooLong": t("validation.message.tooLong"),
                rateLimited: t.raw("link.rateLimited") as string,
                closed: t("detail.closedMeanwhile"),
              },
            }}
          />
        }
      />
    </div>
  );
}
