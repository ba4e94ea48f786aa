"use server";

import { randomUUID } from "node:crypto";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { TicketPriority } from "@/generated/prisma/enums";
import { clientIp } from "@/lib/auth/client-ip";
import { getSessionUser } from "@/lib/authz";
import { formText, submittedForm } from "@/lib/http/form-text";
import { submitTicket } from "@/lib/tickets/submit-ticket";
import { ticketConfirmationPath } from "@/lib/tickets/ticket-confirmation-path";
import { WIZARD_COOKIE } from "@/lib/wizard/wizard-token";
import { TICKET_FORM_PROBLEMS, type TicketFormProblem, type TicketFormState } from "./ticket-form-state";

/**
 * The new-ticket form (also without JavaScript: the page renders again with this state). The
 * same rules as POST /api/tickets (submitTicket); whatever did not open a ticket comes back with
 * what was typed, so nothing is lost to a limit, a typo or a double click.
 */
export async function sendTicketAction(_previous: TicketFormState | null, submitted: FormData): Promise<TicketFormState> {
  const formData = submittedForm(submitted);
  const draft = { message: formText(formData, "message"), contact: formText(formData, "contact"), key: formText(formData, "idempotencyKey") };
  const back = (problem: TicketFormProblem, extra: Partial<TicketFormState> = {}): TicketFormState => ({ problem, draft, ...extra });
  const user = await getSessionUser();
  if (user && user.role !== "WALLET_USER") return back("staff");
  const body = { message: draft.message, ...(draft.contact ? { contact: draft.contact } : {}), ...(formText(formData, "result") ? { result: formText(formData, "result") } : {}) };
  const outcome = await submitTicket({ actor: user, body, idempotencyKey: draft.key, ip: clientIp(await headers()), wizardToken: (await cookies()).get(WIZARD_COOKIE)?.value ?? null });
  switch (outcome.kind) {
    case "key_required":
    case "mismatch":
      // An old, edited or reused form: a fresh key, so sending again opens the ticket the person wrote.
      return { problem: "keyReused", draft: { ...draft, key: randomUUID() } };
    case "invalid": {
      const code = outcome.issues[0]?.code;
      return back(TICKET_FORM_PROBLEMS.find((problem) => problem === code) ?? "message.required");
    }
    case "rate_limited":
      return back(user ? "rateLimitedAccount" : "rateLimited", { retryMinutes: Math.max(1, Math.ceil(outcome.retryAfterSeconds / 60)) });
    case "in_flight":
      return back("inProgress");
    default: {
      const { number, priority } = outcome.body as { number: number; priority: TicketPriority };
      redirect(ticketConfirmationPath({ number, priority, isSignedIn: user !== null }));
    }
  }
}
