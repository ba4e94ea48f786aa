import Link from "next/link";
import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Icon } from "@/app/_components/icon";
import { getSessionUser } from "@/lib/authz";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { firstResponseWithin } from "@/lib/tickets/first-response-within";
import { MESSAGE_MAX_LENGTH } from "@/lib/tickets/ticket-input";
import { isWizardResultId, WIZARD_RESULTS } from "@/lib/wizard/wizard-results";
import { TicketForm } from "./ticket-form";
import { TICKET_FORM_PROBLEMS } from "./ticket-form-state";

// Per visitor: who is asking decides the form (contact field) and each render gets its own key.
export const dynamic = "force-dynamic";

type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "tickets.form" });
  return { title: t("metaTitle") };
}

/**
 * Hand-off to support, for signed-in users and for people who cannot sign in. The form is sent
 * by a server action (works without JavaScript) with the rules of POST /api/tickets; its hidden
 * idempotency key is made once per render, so a double click, a retry or a resubmitted form
 * creates one ticket (decision 015), and a refused send keeps what was typed (decision 029).
 */
export default async function NewTicketPage({ params, searchParams }: { params: LocaleParams; searchParams: Search }) {
  const locale = await pageLocale(params);
  const t = await getTranslations("tickets");
  const user = await getSessionUser();
  const search = await searchParams;
  const result = isWizardResultId(search.result) ? search.result : null;
  const urgent = result ? WIZARD_RESULTS[result].urgent : false;
  const sent = typeof search.sent === "string" && /^\d+$/.test(search.sent) ? search.sent : null;
  const error = TICKET_FORM_PROBLEMS.find((code) => code === search.error) ?? null;
  const isAnonymous = !user;

  if (sent) {
    return (
      <div className="container-page max-w-3xl py-10">
        <p role="status" className="rounded-xl border border-line bg-brand-50 p-5 text-lg text-ink-900">
          {t("form.sent", { number: sent })}
          {search.urgent === "1" ? <span className="mt-2 block font-semibold">{t("form.urgentSent", { time: firstResponseWithin("URGENT", locale) })}</span> : null}
          {search.verified === "1" ? <span className="mt-2 block">{t("form.sentVerified")}</span> : null}
        </p>
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
      <TicketForm
        idempotencyKey={randomUUID()}
        locale={locale}
        result={result}
        isAnonymous={isAnonymous}
        isUrgent={urgent}
        maxLength={MESSAGE_MAX_LENGTH}
        initialProblem={error}
        labels={{
          message: t("form.message"),
          messageHint: t("form.messageHint", { max: MESSAGE_MAX_LENGTH }),
          contact: t("form.contact"),
          contactHint: t("form.contactHint"),
          submit: t("form.submit"),
          verifyLegend: t("form.verifyLegend"),
          verifyHint: t("form.verifyHint"),
          sendCode: t("form.sendCode"),
          code: t("form.code"),
          codeHint: t("form.codeHint"),
          codeSent: t.raw("form.codeSent") as string,
          problems: {
            "message.required": t("validation.message.required"),
            "message.tooLong": t("validation.message.tooLong"),
            "contact.format": t("validation.contact.format"),
            "contact.required": t("validation.contact.required"),
            "contactCode.format": t("validation.contactCode.format"),
            "contactCode.phoneOnly": t("validation.contactCode.phoneOnly"),
            "contactCode.wrong": t("validation.contactCode.wrong"),
            "contactCode.expired": t("validation.contactCode.expired"),
            "contactCode.tooManyTries": t("validation.contactCode.tooManyTries"),
            codeRateLimited: t.raw("form.codeRateLimited") as string,
            rateLimited: t.raw("form.rateLimited") as string,
            rateLimitedAccount: t.raw("form.rateLimitedAccount") as string,
            inProgress: t("form.inProgress"),
            keyReused: t("form.keyReused"),
            staff: t("form.staff"),
          },
        }}
        signInLink={
          <p className="mt-2 text-sm text-ink-700">
            <Link prefetch={false} href="/signin?callbackUrl=%2Ftickets%2Fnew" className="text-link">{t("form.signIn")}</Link>
          </p>
        }
      />
    </div>
  );
}
