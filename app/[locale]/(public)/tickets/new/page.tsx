import Link from "next/link";
import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Icon } from "@/app/_components/icon";
import { getSessionUser } from "@/lib/authz";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { MESSAGE_MAX_LENGTH } from "@/lib/tickets/ticket-input";
import { isWizardResultId, WIZARD_RESULTS } from "@/lib/wizard/wizard-results";

// Per visitor: who is asking decides the form (contact field) and each render gets its own key.
export const dynamic = "force-dynamic";

type Search = Promise<Record<string, string | string[] | undefined>>;
const FIELD_ERRORS = ["message.required", "message.tooLong", "contact.format", "contact.required"] as const;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "tickets.form" });
  return { title: t("metaTitle") };
}

/**
 * Hand-off to support, for signed-in users and for people who cannot sign in. A plain form to
 * POST /api/tickets: its hidden idempotency key is made once per render, so a double click, a
 * retry or a resubmitted form creates one ticket (decision 015).
 */
export default async function NewTicketPage({ params, searchParams }: { params: LocaleParams; searchParams: Search }) {
  await pageLocale(params);
  const t = await getTranslations("tickets");
  const user = await getSessionUser();
  const search = await searchParams;
  const result = isWizardResultId(search.result) ? search.result : null;
  const urgent = result ? WIZARD_RESULTS[result].urgent : false;
  const sent = typeof search.sent === "string" && /^\d+$/.test(search.sent) ? search.sent : null;
  const error = FIELD_ERRORS.find((code) => code === search.error) ?? null;
  const isAnonymous = !user;

  if (sent) {
    return (
      <div className="container-page max-w-3xl py-10">
        <p role="status" className="rounded-xl border border-line bg-brand-50 p-5 text-lg text-ink-900">{t("form.sent", { number: sent })}</p>
      </div>
    );
  }
  return (
    <div className="container-page max-w-3xl py-8 sm:py-12">
      <h1 className="flex items-center gap-3 text-3xl font-bold text-ink-900">
        {urgent && <Icon name="shield" className="size-8 shrink-0 text-urgent-700" />}
        {urgent ? t("form.urgentTitle") : t("form.title")}
      </h1>
      {urgent && <p className="mt-4 rounded-xl border-2 border-urgent-700 bg-urgent-50 p-4 font-semibold text-urgent-800">{t("form.urgentLead")}</p>}
      <p className="mt-4 text-ink-700">{t("form.lead", { account: user?.walletAccountId ? t("form.withAccount") : "" })}</p>
      {search.error === "rateLimited" && <p role="alert" className="mt-4 text-urgent-800">{t("form.rateLimited")}</p>}
      <form method="post" action="/api/tickets" className="mt-6 space-y-5">
        <input type="hidden" name="idempotencyKey" value={randomUUID()} />
        {result && <input type="hidden" name="result" value={result} />}
        <div>
          <label htmlFor="message" className="block font-semibold text-ink-900">{t("form.message")}</label>
          <p id="message-hint" className="text-sm text-ink-700">{t("form.messageHint", { max: MESSAGE_MAX_LENGTH })}</p>
          <textarea id="message" name="message" rows={6} required maxLength={MESSAGE_MAX_LENGTH} aria-describedby={error?.startsWith("message") ? "message-hint message-error" : "message-hint"} aria-invalid={error?.startsWith("message") ? true : undefined} className="mt-1 w-full rounded-lg border border-line-strong p-3" />
          {error?.startsWith("message") && <p id="message-error" className="mt-1 text-urgent-800">{t(`validation.${error}`)}</p>}
        </div>
        {isAnonymous && (
          <div>
            <label htmlFor="contact" className="block font-semibold text-ink-900">{t("form.contact")}</label>
            <p id="contact-hint" className="text-sm text-ink-700">{t("form.contactHint")}</p>
            <input id="contact" name="contact" type="text" inputMode="email" autoComplete="email" required aria-describedby={error?.startsWith("contact") ? "contact-hint contact-error" : "contact-hint"} aria-invalid={error?.startsWith("contact") ? true : undefined} className="mt-1 w-full rounded-lg border border-line-strong p-3" />
            {error?.startsWith("contact") && <p id="contact-error" className="mt-1 text-urgent-800">{t(`validation.${error}`)}</p>}
            <p className="mt-2 text-sm text-ink-700">
              <Link prefetch={false} href="/signin?callbackUrl=%2Ftickets%2Fnew" className="text-link">{t("form.signIn")}</Link>
            </p>
          </div>
        )}
        <button type="submit" className={urgent ? "btn-primary bg-urgent-700 hover:bg-urgent-800" : "btn-primary"}>{t("form.submit")}</button>
      </form>
    </div>
  );
}
