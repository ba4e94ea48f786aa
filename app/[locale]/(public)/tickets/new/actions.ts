"use server";

import { randomUUID } from "node:crypto";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { TicketPriority } from "@/generated/prisma/enums";
import { maskPhone } from "@/lib/accounts/mask-phone";
import { clientIp } from "@/lib/auth/client-ip";
import { requestOneTimeCode } from "@/lib/auth/request-one-time-code";
import { getSessionUser } from "@/lib/authz";
import { formText, submittedForm } from "@/lib/http/form-text";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { requestLocale } from "@/lib/i18n/request-locale";
import { submitTicket } from "@/lib/tickets/submit-ticket";
import { MOBILE_PHONE } from "@/lib/tickets/ticket-contact";
import { ticketConfirmationPath } from "@/lib/tickets/ticket-confirmation-path";
import { createTicketSchema } from "@/lib/tickets/ticket-input";
import { WIZARD_COOKIE } from "@/lib/wizard/wizard-token";
import { TICKET_FORM_PROBLEMS, type TicketFormProblem, type TicketFormState } from "./ticket-form-state";

/**
 * The new-ticket form (also without JavaScript: the page renders again with this state). The
 * same rules as POST /api/tickets (submitTicket); whatever did not open a ticket comes back with
 * what was typed, so nothing is lost to a limit, a typo or a double click. Its "send me a code"
 * button (intent=sendCode) asks for a code to prove the phone given, as POST /api/auth/code does.
 */
export async function sendTicketAction(_previous: TicketFormState | null, submitted: FormData): Promise<TicketFormState> {
  const formData = submittedForm(submitted);
  const draft = { message: formText(formData, "message"), contact: formText(formData, "contact"), contactCode: formText(formData, "contactCode"), key: formText(formData, "idempotencyKey") };
  const back = (problem: TicketFormProblem, extra: Partial<TicketFormState> = {}): TicketFormState => ({ problem, draft, ...extra });
  const user = await getSessionUser();
  if (user && user.role !== "WALLET_USER") return back("staff");
  const requestHeaders = await headers();
  // The page's language (SMS about the ticket use it); a form posted by a script without one gets the browser's.
  const locale = formLocale(formText(formData, "locale"), requestLocale(await cookies(), requestHeaders.get("accept-language")));
  if (formText(formData, "intent") === "sendCode") return sendContactCode(draft, back, locale);

  const body = {
    message: draft.message,
    ...(draft.contact ? { contact: draft.contact } : {}),
    ...(draft.contactCode ? { contactCode: draft.contactCode } : {}),
    ...(formText(formData, "result") ? { result: formText(formData, "result") } : {}),
  };
  const outcome = await submitTicket({ actor: user, body, idempotencyKey: draft.key, ip: clientIp(requestHeaders), wizardToken: (await cookies()).get(WIZARD_COOKIE)?.value ?? null, locale });
  switch (outcome.kind) {
    case "key_required":
    case "mismatch":
      // An old, edited or reused form: a fresh key, so sending again opens the ticket the person wrote.
      return { problem: "keyReused", draft: { ...draft, key: randomUUID() } };
    case "invalid": {
      const code = outcome.issues[0]?.code;
      const problem = TICKET_FORM_PROBLEMS.find((known) => known === code) ?? "message.required";
      // A code that did not work is not shown again: the person types the next one.
      return { problem, draft: problem.startsWith("contactCode.") && problem !== "contactCode.phoneOnly" ? { ...draft, contactCode: "" } : draft };
    }
    case "rate_limited":
      return back(user ? "rateLimitedAccount" : "rateLimited", { retryMinutes: Math.max(1, Math.ceil(outcome.retryAfterSeconds / 60)) });
    case "in_flight":
      return back("inProgress");
    default: {
      const { number, priority, contactVerified } = outcome.body as { number: number; priority: TicketPriority; contactVerified?: boolean };
      redirect(ticketConfirmationPath({ number, priority, isSignedIn: user !== null, contactVerified }));
    }
  }
}

async function sendContactCode(draft: TicketFormState["draft"], back: (problem: TicketFormProblem, extra?: Partial<TicketFormState>) => TicketFormState, locale: Locale): Promise<TicketFormState> {
  const contact = createTicketSchema.shape.contact.safeParse(draft.contact);
  if (!contact.success || !contact.data) return back(draft.contact.trim() ? "contact.format" : "contact.required");
  if (!MOBILE_PHONE.test(contact.data)) return back("contactCode.phoneOnly");
  const verdict = await requestOneTimeCode({ phone: contact.data, purpose: "TICKET", ip: clientIp(await headers()), locale });
  if (!verdict.ok) return back("codeRateLimited", { retrySeconds: verdict.retryAfterSeconds });
  return { problem: null, codeSentTo: maskPhone(contact.data), draft: { ...draft, contactCode: "" } };
}

function formLocale(value: string, fallback: Locale): Locale {
  return isLocale(value) ? value : fallback;
}
