import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import type { IdempotentOutcome } from "@/lib/http/idempotency";
import { limitWrite } from "@/lib/http/limit-write";
import { createTicket } from "./create-ticket";
import { createTicketSchema, ticketIssues } from "./ticket-input";

/** What an Idempotency-Key may look like (header for JSON, hidden `idempotencyKey` field for forms). */
const KEY_PATTERN = /^[\w-]{8,100}$/;

export type SubmittedTicket =
  | { kind: "key_required" }
  | { kind: "invalid"; issues: { path: string; code: string }[] }
  | { kind: "rate_limited"; retryAfterSeconds: number }
  | IdempotentOutcome;

/**
 * A ticket as sent by a person, from the API or the page's form: checked (a usable idempotency
 * key first, then the fields; a contact is required
 * without a session), counted against the caller's write limit (per user, or per client address
 * without a session; decision 029), then created once per idempotency key. Invalid input costs
 * nothing; a refused one stores nothing.
 */
export async function submitTicket(options: { actor: SessionUser | null; body: Record<string, unknown>; idempotencyKey: unknown; ip: string; wizardToken: string | null }): Promise<SubmittedTicket> {
  const { actor, body, idempotencyKey, ip, wizardToken } = options;
  if (typeof idempotencyKey !== "string" || !KEY_PATTERN.test(idempotencyKey)) return { kind: "key_required" };
  const parsed = createTicketSchema.safeParse(body);
  const issues = parsed.success ? [] : ticketIssues(parsed.error);
  if (parsed.success && !actor && !parsed.data.contact) issues.push({ path: "contact", code: "contact.required" });
  if (!parsed.success || issues.length > 0) return { kind: "invalid", issues };
  const rate = await limitWrite(actor ? { kind: "ticket", subject: actor.id } : { kind: "anonymousTicket", subject: ip });
  if (!rate.ok) return { kind: "rate_limited", retryAfterSeconds: rate.retryAfterSeconds };
  return createTicket({ actor, input: parsed.data, idempotencyKey, ip, wizardToken });
}
