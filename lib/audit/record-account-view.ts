import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { AuditActor } from "./record-audit";

/**
 * Appends the access-log row of a view of an account's data, only if the account exists: the
 * existence check and the row are one statement, so one round trip and one commit. Returns
 * false (and writes nothing) for an unknown account.
 */
export async function recordAccountView(options: { actor: AuditActor; action: string; accountId: string; ip?: string | null; metadata?: Prisma.InputJsonObject }): Promise<boolean> {
  const { actor, action, accountId, ip, metadata } = options;
  const rows = await db.$queryRaw<{ id: bigint }[]>`
    INSERT INTO "AuditLog" ("actorId", "actorRole", "action", "targetType", "targetId", "accountId", "ip", "metadata")
    SELECT ${actor?.id ?? null}, ${actor?.role ?? null}::"Role", ${action}, 'WalletAccount', a."id", a."id", ${ip ?? null}, ${metadata ? JSON.stringify(metadata) : null}::jsonb
      FROM "WalletAccount" a WHERE a."id" = ${accountId}
    RETURNING "id"`;
  return rows.length === 1;
}
