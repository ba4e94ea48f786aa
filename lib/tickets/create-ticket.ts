import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { TicketPriority } from "@/generated/prisma/enums";
import { getAccountDiagnosis } from "@/lib/accounts/get-account-diagnosis";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import type { Diagnosis } from "@/lib/diagnosis/diagnosis-types";
import { withIdempotency, type IdempotentOutcome } from "@/lib/http/idempotency";
import { WIZARD_RESULTS } from "@/lib/wizard/wizard-results";
import { slaDueTimes } from "./sla-due-times";
import { hashResumeToken, isResumeToken } from "@/lib/wizard/wizard-token";
import { MOBILE_PHONE } from "./ticket-contact";
import type { CreateTicketInput } from "./ticket-input";

export const TICKET_KEY_TTL_MS = 24 * 60 * 60 * 1000;
const SUBJECT_LENGTH = 80;

type CreateTicketOptions = {
  /** A signed-in wallet user, or null for someone who cannot sign in (then input.contact is set). */
  actor: SessionUser | null;
  input: CreateTicketInput;
  idempotencyKey: string;
  ip: string;
  /** The browser's wizard resume token (cookie), which proves the wizard session is the caller's. */
  wizardToken?: string | null;
  /** When the reporter proved the phone in input.contact with an SMS code (submitTicket checked it); decision 035. */
  contactVerifiedAt?: Date | null;
  /** The language the reporter wrote in: SMS about the ticket use it. */
  locale?: Locale | null;
};

/** Whose key it is and what the request asks for: the same for the work and for a replay looked up before it. */
export function ticketIdempotency({ actor, ip, input, idempotencyKey }: Pick<CreateTicketOptions, "actor" | "ip" | "input" | "idempotencyKey">) {
  return {
    caller: actor ? `user:${actor.id}` : `ip:${ip}`,
    operation: "tickets.create",
    key: idempotencyKey,
    request: JSON.stringify([input.message, input.contact ?? null, input.result ?? null, input.wizardSessionId ?? null]),
  };
}

/**
 * Hands a case to support: one ticket per idempotency key (decision 015), with the user's words
 * as its first public message, the wizard's path and, for a signed-in user, the diagnosis of
 * their own account. Priority follows the cause: a possible takeover is URGENT, and the SLA
 * clock (lib/tickets/sla-config.ts) starts now. Tickets opened
 * without a session carry the contact given and are marked unverified for agents; a phone the
 * reporter proved is marked verified, and when it is a wallet account's phone the ticket is
 * linked to that account, so the agent sees its diagnosis (decision 035).
 */
export async function createTicket({ actor, input, idempotencyKey, ip, wizardToken, contactVerifiedAt = null, locale = null }: CreateTicketOptions): Promise<IdempotentOutcome> {
  const diagnosis = actor?.walletAccountId ? (await getAccountDiagnosis({ actor, accountId: actor.walletAccountId })).diagnosis : null;
  const session = await findOwnWizardSession({ actor, wizardToken, wizardSessionId: input.wizardSessionId });
  const result = input.result ?? (session?.resultId as keyof typeof WIZARD_RESULTS | null) ?? null;
  const priority = choosePriority(result ? WIZARD_RESULTS[result].ticketPriority : "NORMAL", diagnosis);
  const cause = diagnosis?.primaryCause ?? (result ? WIZARD_RESULTS[result].cause : null);

  const contact = actor ? null : (input.contact ?? null);
  const provenAccountId = contact && contactVerifiedAt ? await findAccountByPhone(contact) : null;
  const accountId = actor?.walletAccountId ?? provenAccountId;

  const outcome = await withIdempotency({
    ...ticketIdempotency({ actor, ip, input, idempotencyKey }),
    ttlMs: TICKET_KEY_TTL_MS,
    work: async (tx) => {
      const createdAt = new Date();
      const ticket = await tx.ticket.create({
        data: {
          createdAt,
          ...slaDueTimes({ priority, createdAt }),
          subject: input.message.split("\n")[0]!.slice(0, SUBJECT_LENGTH),
          priority,
          cause,
          accountId,
          requesterId: actor?.id ?? null,
          contact,
          verified: actor !== null,
          contactVerifiedAt: contact ? contactVerifiedAt : null,
          locale,
          wizardSessionId: session?.id ?? null,
          diagnosis: diagnosis ? (diagnosis as unknown as Prisma.InputJsonObject) : undefined,
          messages: { create: { authorId: actor?.id ?? null, body: input.message } },
          events: { create: { actorId: actor?.id ?? null, type: "CREATED", data: { status: "NEW", priority, verified: actor !== null } } },
        },
        select: { id: true, number: true, status: true, priority: true, createdAt: true },
      });
      if (session) await tx.wizardSession.update({ where: { id: session.id }, data: { outcome: "TICKET", completedAt: new Date() } });
      return { status: 201, body: { number: ticket.number, status: ticket.status, priority: ticket.priority, createdAt: ticket.createdAt.toISOString(), contactVerified: contact !== null && contactVerifiedAt !== null } };
    },
  });
  if (outcome.kind === "fresh") {
    await recordAudit({ actor, action: "ticket.create", targetType: "Ticket", targetId: `${outcome.body.number as number}`, accountId, ip, metadata: { priority, verified: actor !== null, contactVerified: contactVerifiedAt !== null && contact !== null } });
  }
  return outcome;
}

function choosePriority(fromResult: TicketPriority, diagnosis: Diagnosis | null): TicketPriority {
  return diagnosis?.urgent ? "URGENT" : fromResult;
}

/** The caller's own, not yet handed-off wizard session: by the browser's token, or by id when it is theirs. */
async function findOwnWizardSession({ actor, wizardToken, wizardSessionId }: { actor: SessionUser | null; wizardToken?: string | null; wizardSessionId?: string }) {
  const select = { id: true, resultId: true } as const;
  const open = { ticket: { is: null }, outcome: null };
  if (isResumeToken(wizardToken)) {
    const byToken = await db.wizardSession.findFirst({ where: { resumeTokenHash: hashResumeToken(wizardToken), ...open }, select });
    if (byToken) return byToken;
  }
  if (wizardSessionId && actor) return db.wizardSession.findFirst({ where: { id: wizardSessionId, userId: actor.id, ...open }, select });
  return null;
}

/** The wallet account whose phone a reporter proved, if any. */
async function findAccountByPhone(phone: string): Promise<string | null> {
  if (!MOBILE_PHONE.test(phone)) return null;
  const account = await db.walletAccount.findUnique({ where: { phone }, select: { id: true } });
  return account?.id ?? null;
}
