import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/i18n/format-date-time";
import type { Locale } from "@/lib/i18n/locales";
import type { OwnTicket } from "@/lib/tickets/get-own-ticket";
import { MESSAGE_MAX_LENGTH } from "@/lib/tickets/ticket-input";

/**
 * The public messages (React escapes them: markup a user typed shows as text), then the reply
 * and close forms, plain HTML posts that work without JavaScript.
 */
export async function TicketThread({ ticket, locale, error }: { ticket: OwnTicket; locale: Locale; error: string | null }) {
  const t = await getTranslations("tickets");
  const isClosed = ticket.status === "CLOSED";
  const errorText = error === "message.required" || error === "message.tooLong" ? t(`validation.${error}`) : null;
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
          <form method="post" action={`/api/tickets/${ticket.number}/messages`} className="mt-8">
            <h2 className="text-lg font-bold text-ink-900">{t("detail.reply")}</h2>
            <label htmlFor="reply" className="mt-2 block font-semibold text-ink-900">{t("detail.replyLabel")}</label>
            <textarea id="reply" name="message" rows={4} required maxLength={MESSAGE_MAX_LENGTH} aria-invalid={errorText ? true : undefined} aria-describedby={errorText ? "reply-error" : undefined} className="mt-1 w-full rounded-lg border border-line-strong p-3" />
            {errorText && <p id="reply-error" className="mt-1 text-urgent-800">{errorText}</p>}
            <button type="submit" className="btn-primary mt-3">{t("detail.send")}</button>
          </form>
          <form method="post" action={`/api/tickets/${ticket.number}/close`} className="mt-8 border-t border-line pt-6">
            <p className="text-ink-700">{t("detail.closeHint")}</p>
            <button type="submit" className="btn-secondary mt-3">{t("detail.close")}</button>
          </form>
        </>
      )}
    </>
  );
}
