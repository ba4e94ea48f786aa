import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session-user";
import { getTicketHolder } from "@/lib/tickets/get-ticket-holder";
import { parseTicketNumber } from "@/lib/tickets/parse-ticket-number";
import { Notice } from "../_components/notice";

/** After a lost claim: who has the ticket now (read fresh, not carried in the URL). */
export async function QueueNotice({ actor, notice, number }: { actor: SessionUser; notice?: string; number?: string }) {
  const t = await getTranslations("agent.queue");
  const n = number ? parseTicketNumber(number) : null;
  if (!notice || n === null) return null;
  if (notice === "finished") return <Notice tone="warning">{t("finished")}</Notice>;
  if (notice !== "taken") return null;
  return <Notice tone="warning">{t("taken", { name: (await getTicketHolder({ actor, number: n })) ?? "?" })}</Notice>;
}
