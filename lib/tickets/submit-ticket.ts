import "server-only";
import { consumeOneTimeCode } from "@/lib/auth/consume-one-time-code";
import type { CodeVerdict } from "@/lib/auth/one-time-code";
import type { SessionUser } from "@/lib/auth/session-user";
import { databaseNow } from "@/lib/database-now";
import { findIdempotentAnswer, type IdempotentOutcome } from "@/lib/http/idempotency";
import { limitWrite } from "@/lib/http/limit-write";
import type { Locale } from "@/lib/i18n/locales";
import { WIZARD_RESULTS } from "@/lib/wizard/wizard-results";
import { createTicket, ticketIdempotency } from "./create-ticket";
import { MOBILE_PHONE } from "./ticket-contact";
import { createTicketSchema, ticketIssues, type CreateTicketInput } from "./ticket-input";

/** What an Idempotency-Key may look like (header for JSON, hidden `idempotencyKey` field for forms). */
const KEY_PATTERN = /^[\w-]{8,100}$/;

export type SubmittedTicket =
  | { kind: "key_required" }
  | { kind: "invalid"; issues: { path: string; code: string }[] }
  | { kind: "rate_limited"; retryAfterSeconds: number }
  | IdempotentOutcome;

const CODE_ISSUES: Record<Exclude<CodeVerdict, "ok">, string> = {
  wrong: "contactCode.wrong",
  "no-code": "contactCode.expired",
  used: "contactCode.expired",
  expired: "contactCode.expired",
  "too-many-tries": "contactCode.tooManyTries",
};

/**
 * A ticket as sent by a person, from the API or the page's form: checked (a usable idempotency
 * key first, then the fields; a contact is required without a session), then the SMS code that
 * proves a phone contact when one came with it (decision 035), counted against the caller's write
 * limit (per user, or per client address without a session; decision 029), then created once per
 * idempotency key. An urgent report from a proven phone is let through when its network's limit
 * is spent: the code itself is limited per phone. Invalid input costs nothing; a refused one
 * stores nothing.
 */
export async function submitTicket(options: { actor: SessionUser | null; body: Record<string, unknown>; idempotencyKey: unknown; ip: string; wizardToken: string | null; locale: Locale }): Promise<SubmittedTicket> {
  const { actor, body, idempotencyKey, ip, wizardToken, locale } = options;
  if (typeof idempotencyKey !== "string" || !KEY_PATTERN.test(idempotencyKey)) return { kind: "key_required" };
  const parsed = createTicketSchema.safeParse(body);
  const issues = parsed.success ? [] : ticketIssues(parsed.error);
  if (parsed.success && !actor && !parsed.data.contact) issues.push({ path: "contact", code: "contact.required" });
  if (parsed.success && parsed.data.contactCode && !(parsed.data.contact && MOBILE_PHONE.test(parsed.data.contact))) issues.push({ path: "contactCode", code: "contactCode.phoneOnly" });
  if (!parsed.success || issues.length > 0) return { kind: "invalid", issues };
  const input = parsed.data;

  const proving = Boolean(input.contactCode && input.contact && !actor);
  // A proven phone lets an urgent report past its network's limit; anything else is counted first, so a refused send keeps its code.
  const countFirst = !(proving && isUrgentReport(input));
  if (countFirst) {
    const rate = await limitWrite(actor ? { kind: "ticket", subject: actor.id } : { kind: "anonymousTicket", subject: ip });
    if (!rate.ok) return { kind: "rate_limited", retryAfterSeconds: rate.retryAfterSeconds };
  }
  let contactVerifiedAt: Date | null = null;
  if (proving) {
    // A code works once: a retry of a ticket already opened with it gets that ticket again.
    const replay = await findIdempotentAnswer(ticketIdempotency({ actor, ip, input, idempotencyKey }));
    if (replay) return replay;
    const now = await databaseNow();
    const verdict = await consumeOneTimeCode({ phone: input.contact!, purpose: "TICKET", code: input.contactCode!, now });
    if (verdict !== "ok") return { kind: "invalid", issues: [{ path: "contactCode", code: CODE_ISSUES[verdict] }] };
    contactVerifiedAt = now;
  }
  return createTicket({ actor, input, idempotencyKey, ip, wizardToken, contactVerifiedAt, locale });
}

/** A report the wizard files as urgent (a possible takeover). */
function isUrgentReport(input: CreateTicketInput): boolean {
  return input.result ? WIZARD_RESULTS[input.result].ticketPriority === "URGENT" : false;
}
