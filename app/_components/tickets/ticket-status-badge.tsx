import { getTranslations } from "next-intl/server";
import type { TicketStatus } from "@/generated/prisma/enums";

const TONE: Record<TicketStatus, string> = {
  NEW: "bg-calm-50 text-calm-700",
  OPEN: "bg-calm-50 text-calm-700",
  WAITING_ON_CUSTOMER: "bg-urgent-50 text-urgent-800",
  RESOLVED: "bg-brand-100 text-brand-800",
  CLOSED: "bg-canvas text-ink-700",
};

/** A ticket's status in words (colour only repeats what the words say). */
export async function TicketStatusBadge({ status }: { status: TicketStatus }) {
  const t = await getTranslations("tickets.status");
  return <span className={`rounded-full px-2.5 py-0.5 text-sm font-semibold ${TONE[status]}`}>{t(status)}</span>;
}
