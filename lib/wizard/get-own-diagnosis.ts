import "server-only";
import { getAccountDiagnosis, type AccountDiagnosis } from "@/lib/accounts/get-account-diagnosis";
import type { SessionUser } from "@/lib/auth/session-user";
import { policyMilestones, type PolicyMilestone } from "./negative-balance-policy";

export type OwnDiagnosis = AccountDiagnosis & { milestones: PolicyMilestone[] };

/**
 * "Check my account": the signed-in wallet user's own diagnosis and timeline (one replay of the
 * ledger), and, when the balance is negative, what happens next and when. The account is always
 * the actor's own; null when their sign-in has no wallet account.
 */
export async function getOwnDiagnosis({ actor, ip, now = new Date() }: { actor: SessionUser; ip?: string | null; now?: Date }): Promise<OwnDiagnosis | null> {
  if (actor.role !== "WALLET_USER" || !actor.walletAccountId) return null;
  const own = await getAccountDiagnosis({ actor, accountId: actor.walletAccountId, asOf: now, ip });
  const wentNegativeAt = own.diagnosis.wentNegativeAt;
  return { ...own, milestones: wentNegativeAt ? policyMilestones({ wentNegativeAt: new Date(wentNegativeAt), now }) : [] };
}
