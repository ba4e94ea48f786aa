import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/i18n/format-date-time";
import type { Locale } from "@/lib/i18n/locales";
import type { OwnTicket } from "@/lib/tickets/get-own-ticket";

/**
 * The public messages (React escapes them: markup a user typed shows as text), then the reply
 * box the page gives (a server action) and the close form, both working without JavaScript.
 * A reporter reading through an SMS reply link has no session to close the ticket with: `canClose` false.
 */
export async function TicketThread({ ticket, locale, replyBox, canClose = true }: { ticket: OwnTicket; locale: Locale; replyBox: ReactNode; canClose?: boolean }) {
  const t = await getTranslations("tickets");
  const isClosed = ticket.status === "CLOSED";
  return (
    <>
      <ol className="mt-6 space-y-3" aria-label={t("title")}>
        {ticket.messages.map((m, i) => (
          <li key={m.id} id={i === ticket.messages.length - 1 ? "latest" : undefined} className={`rounded-xl border border-line p-4 ${m.fromSupport ? "bg-calm-50" : "bg-white"}`}>
            <p className="text-sm font-semibold text-ink-700">
              {m.fromSupport ? (m.authorName ? t("detail.support", { name: m.authorName }) : t("detail.supportNoName")) : t("detail.you")} · {formatDateTime(m.createdAt, locale)}
            </p>
            <p className="mt-1 whitespace-pre-wrap text-ink-900">{m.body}</p>
          </li>
        ))}
      </ol>
      {isClosed ? (
        <p className="mt-6 text-ink-900">{t("detail.closed")}</p>
      ) : (
        <>
          {replyBox}
          {canClose && <form method="post" action={`/api/tickets/${ticket.number}/close`} className="mt-8 border-t border-line pt-6">
            <p className="text-ink-700">{t("detail.closeHint")}</p>
            <button type="submit" className="btn-secondary mt-3">{t("detail.close")}</button>
          </form>}
        </>
      )}
    </>
  );
}
