import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/i18n/format-date-time";

type Event = { id: string; type: string; createdAt: Date; actor: { name: string } | null };

export async function TicketHistory({ events, locale }: { events: Event[]; locale: string }) {
  const t = await getTranslations("agent");
  return (
    <section aria-labelledby="history-heading" className="rounded-xl border border-line bg-white p-4">
      <h2 id="history-heading" className="text-lg font-semibold text-ink-900">{t("ticket.history")}</h2>
      <ol className="mt-2 grid gap-1 text-sm">
        {events.map((e) => (
          <li key={e.id}>
            <time dateTime={e.createdAt.toISOString()} className="text-ink-600">{formatDateTime(e.createdAt, locale)}</time> · {t(`events.${e.type}`)}
            {e.actor ? ` · ${e.actor.name}` : ""}
          </li>
        ))}
      </ol>
    </section>
  );
}
