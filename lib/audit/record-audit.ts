import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import { db } from "@/lib/db";

export type AuditActor = { id: string; role: Role } | null;

export type RecordAuditOptions = {
  /** Who did it; null when nobody is identified (e.g. a failed sign-in for an unknown email). */
  actor: AuditActor;
  /** Dotted verb, e.g. "auth.sign_in.success", "account.view". */
  action: string;
  targetType: string;
  targetId?: string | null;
  /** The wallet account whose data was touched, so an account's audit trail is one index scan. */
  accountId?: string | null;
  ip?: string | null;
  metadata?: Prisma.InputJsonObject;
  /** Defaults to the database clock; tests pass their own. */
  at?: Date;
  /** The transaction to write in, so the audit row commits (or not) with the change it records. */
  client?: Prisma.TransactionClient;
};

/** Appends one row to the audit log (append-only: a trigger refuses UPDATE and DELETE). */
export async function recordAudit(options: RecordAuditOptions): Promise<void> {
  await (options.client ?? db).auditLog.create({
    data: {
      actorId: options.actor?.id ?? null,
      actorRole: options.actor?.role ?? null,
      action: options.action,
      targetType: options.targetType,
      targetId: options.targetId ?? null,
      accountId: options.accountId ?? null,
      ip: options.ip ?? null,
      metadata: options.metadata,
      at: options.at,
    },
    select: { id: true },
  });
}
