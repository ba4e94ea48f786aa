import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { literalLikeText } from "@/lib/like-pattern";

/** What the text looks like decides where to look: an id, a phone, an email, else a name (every character literal, `%` and `_` too). */
export function accountSearchWhere(q: string): Prisma.WalletAccountWhereInput {
  const text = q.trim();
  if (/^1\d{10}$/.test(text)) return { phone: text };
  // Prisma's case-insensitive equals is an ILIKE too: escaped like the name.
  if (text.includes("@")) return { email: { equals: literalLikeText(text), mode: "insensitive" } };
  return { OR: [{ id: text }, { ownerName: { contains: literalLikeText(text), mode: "insensitive" } }] };
}

/**
 * Account search for staff (page and GET /api/agent/accounts). The answer is account data, so
 * the search is one access-log row naming the accounts it returned.
 */
export async function searchAccounts({ actor, q, ip, limit = 20 }: { actor: SessionUser | null; q: string; ip?: string | null; limit?: number }) {
  assertCan(actor, "accounts.view");
  const rows = await db.walletAccount.findMany({
    where: accountSearchWhere(q),
    orderBy: [{ ownerName: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, ownerName: true, phoneMasked: true, balanceMinor: true, status: true, currency: true },
  });
  await recordAudit({ actor, action: "account.search", targetType: "WalletAccount", ip, metadata: { q, accountIds: rows.map((row) => row.id) } });
  return rows.map((row) => ({ id: row.id, ownerName: row.ownerName, maskedPhone: row.phoneMasked, balanceMinor: row.balanceMinor, status: row.status, currency: row.currency }));
}
