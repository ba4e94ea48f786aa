import { getTranslations } from "next-intl/server";
import type { TicketContact } from "@/lib/tickets/ticket-contact";

/** The contact someone who could not sign in left, in full so the agent can call or write back, and whether replies reach it by SMS. */
export async function ReporterContact({ contact }: { contact: TicketContact | null }) {
  if (!contact) return null;
  const t = await getTranslations("agent.contact");
  const href = contact.kind === "phone" ? `tel:${contact.value}` : `mailto:${contact.value}`;
  return (
    <section aria-labelledby="reporter-heading" className="rounded-xl border border-line bg-white p-4">
      <h2 id="reporter-heading" className="text-lg font-semibold text-ink-900">{t("heading")}</h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-ink-600">{t(`kind.${contact.kind}`)}</dt>
        <dd><a className="text-link break-all" href={href}>{contact.value}</a></dd>
        <dt className="text-ink-600">{t("identity")}</dt>
        <dd className={contact.verified ? "" : "font-semibold text-amber-900"}>{contact.verified ? t("verifiedByCode") : t("unverifiedDetail")}</dd>
      </dl>
      {contact.verified ? null : <p className="mt-2 text-sm text-ink-700">{t("unverifiedHint")}</p>}
      {/* Replies reach the reporter by SMS only on a proven phone (lib/tickets/send-reply-sms.ts). */}
      <p className="mt-2 text-sm text-ink-700">{contact.kind === "phone" && contact.verified ? t("smsHint") : t("noSmsHint")}</p>
    </section>
  );
}
