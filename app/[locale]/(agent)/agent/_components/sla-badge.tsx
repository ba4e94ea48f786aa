import { getTranslations } from "next-intl/server";
import { formatDuration } from "@/lib/i18n/format-date-time";
import { slaStatus, type SlaClock } from "@/lib/tickets/sla-status";

/** Time left (or overdue) on the deadline that applies now; breaches in red with a word, not only a colour. */
export async function SlaBadge({ ticket, locale, now }: { ticket: SlaClock & { slaBreachedAt: Date | null }; locale: string; now: Date }) {
  const t = await getTranslations("agent.sla");
  const sla = slaStatus(ticket, now);
  if (sla.kind === "none") return <span>{t("none")}</span>;
  if (sla.kind === "paused") return <span className="text-ink-600">{t("paused")}</span>;
  const target = t(sla.target);
  const time = formatDuration(sla.msLeft, locale);
  if (sla.kind === "breached" || ticket.slaBreachedAt) {
    return (
      <span className="font-semibold text-red-800">
        <span className="mr-1 rounded bg-red-100 px-1.5 py-0.5 text-xs">{t("breachedBadge")}</span>
        {sla.kind === "breached" ? t("breached", { target, time }) : t("left", { target, time })}
      </span>
    );
  }
  return <span>{t("left", { target, time })}</span>;
}
