import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/i18n/format-date-time";

type Message = { id: string; body: string; visibility: "PUBLIC" | "INTERNAL"; createdAt: Date; author: { name: string; role: string } | null };

/** Public replies and internal notes, told apart by a word and a frame, not by colour alone. */
export async function Conversation({ messages, locale }: { messages: Message[]; locale: string }) {
  const t = await getTranslations("agent.ticket");
  return (
    <section aria-labelledby="conversation-heading" className="mt-6">
      <h2 id="conversation-heading" className="text-lg font-semibold text-ink-900">{t("conversation")}</h2>
      {messages.length === 0 ? <p className="mt-2 text-ink-700">{t("noMessages")}</p> : null}
      <ol className="mt-3 grid gap-3">
        {messages.map((m) => {
          const internal = m.visibility === "INTERNAL";
          const fromCustomer = m.author?.role === "WALLET_USER" || !m.author;
          return (
            <li key={m.id} className={`rounded-xl border p-4 ${internal ? "border-dashed border-amber-400 bg-amber-50" : fromCustomer ? "border-line bg-white" : "border-brand-200 bg-brand-50"}`}>
              <p className="text-sm text-ink-700">
                <span className="font-semibold text-ink-900">{m.author?.name ?? t("customer")}</span>
                {" · "}
                <span className={internal ? "font-semibold text-amber-900" : ""}>{internal ? t("internal") : fromCustomer ? t("customer") : t("public")}</span>
                {" · "}
                <time dateTime={m.createdAt.toISOString()}>{formatDateTime(m.createdAt, locale)}</time>
              </p>
              <p className="mt-2 whitespace-pre-wrap text-ink-900">{m.body}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
