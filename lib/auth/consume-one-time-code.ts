import "server-only";
import { hashCode, judgeCodeAttempt, type CodePurpose, type CodeVerdict, type StoredCode } from "@/lib/auth/one-time-code";
import { db } from "@/lib/db";
import { authSecret } from "@/lib/env";

/**
 * One try of a code: counts the try on the newest code for this phone and purpose (one atomic
 * UPDATE, so parallel tries on two portal processes cannot go past the limit), judges it, and
 * on success marks the code used, again atomically, so a code works exactly once.
 */
export async function consumeOneTimeCode(options: { phone: string; purpose: CodePurpose; code: string; now: Date }): Promise<CodeVerdict> {
  const { phone, purpose, code, now } = options;
  const rows = await db.$queryRaw<(StoredCode & { id: string })[]>`
    UPDATE "OneTimeCode" SET "attempts" = "attempts" + 1
    WHERE "id" = (
      SELECT "id" FROM "OneTimeCode"
      WHERE "phone" = ${phone} AND "purpose" = ${purpose}::"OneTimeCodePurpose"
      ORDER BY "createdAt" DESC, "id" DESC LIMIT 1
    )
    RETURNING "id", "codeHash", "attempts", "expiresAt", "usedAt"`;
  const stored = rows[0] ?? null;
  const verdict = judgeCodeAttempt(stored, hashCode({ secret: authSecret(), phone, purpose, code }), now);
  if (verdict !== "ok" || !stored) return verdict;
  const marked = await db.oneTimeCode.updateMany({ where: { id: stored.id, usedAt: null }, data: { usedAt: now } });
  // Two right tries at once: only one of them gets the code.
  return marked.count === 1 ? "ok" : "used";
}
