import "server-only";
import { apiError } from "./api-error";
import { consumeRateLimit, type RateLimitResult, type RateLimitRule } from "./rate-limit";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Writes anyone can repeat, each with a limit a real person never meets (decision 029), counted
 * per client address or per signed-in user in PostgreSQL by the one rate limiter. The table is
 * documented in docs/api.md.
 */
export const WRITE_LIMITS = {
  /** Tickets without a session, per client address (decision 015). */
  anonymousTicket: { per: "address", rule: { limit: 5, windowMs: HOUR } },
  /** Tickets of one signed-in user: a person opens a few a day at most. */
  ticket: { per: "user", rule: { limit: 30, windowMs: HOUR } },
  /** A signed-in user's replies on their tickets: a lively exchange is one a minute. */
  reply: { per: "user", rule: { limit: 120, windowMs: HOUR } },
  /** Answers through one ticket's SMS reply link (decision 035), whoever holds the link. */
  linkReply: { per: "ticket", rule: { limit: 30, windowMs: HOUR } },
  /** Wizard answers per client address (WIZARD_ANSWER_RATE_LIMIT a minute): a person answers one every few seconds, so 300 is a busy office behind one NAT. */
  wizardAnswer: { per: "address", rule: { limit: 300, windowMs: MINUTE } },
  /** Help-center searches without results that are stored, per client address (the search still answers). */
  searchMiss: { per: "address", rule: { limit: 60, windowMs: HOUR } },
  /** Article feedback from browsers without the visitor cookie (each one would be a new voter), per client address. */
  feedbackNewVisitor: { per: "address", rule: { limit: 60, windowMs: HOUR } },
} as const satisfies Record<string, { per: "address" | "user" | "ticket"; rule: RateLimitRule }>;

export type WriteKind = keyof typeof WRITE_LIMITS;

/** The rule in force: the table's, or a setting where one exists. */
export function writeLimitRule(kind: WriteKind): RateLimitRule {
  const { rule } = WRITE_LIMITS[kind];
  if (kind !== "wizardAnswer") return rule;
  const configured = Number(process.env.WIZARD_ANSWER_RATE_LIMIT);
  return Number.isInteger(configured) && configured > 0 ? { ...rule, limit: configured } : rule;
}

/**
 * Counts one write of this kind for `subject` (a client address, a user id or a ticket id, as
 * the table says) and says whether it may go ahead.
 */
export async function limitWrite(options: { kind: WriteKind; subject: string }): Promise<RateLimitResult> {
  return consumeRateLimit({ key: `write.${options.kind}:${options.subject}`, rule: writeLimitRule(options.kind) });
}

/** The one 429 answer of the JSON APIs: the error shape, `retryAfterSeconds` and `Retry-After`. */
export function rateLimitedResponse(retryAfterSeconds: number, what: string): Response {
  return apiError(429, "rate_limited", `${what}: try again in ${retryAfterSeconds} s.`, {
    retryAfterSeconds,
    headers: { "Retry-After": String(retryAfterSeconds) },
  });
}
