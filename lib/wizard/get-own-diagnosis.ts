import "server-only";
import { getAccountDiagnosis, type AccountDiagnosis } from "@/lib/accounts/get-account-diagnosis";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { chooseAccountView, type AccountView } from "./choose-account-view";
import { policyMilestones, type PolicyMilestone } from "./negative-balance-policy";

export type CauseEntryDetails = { counterparty: string | null; description: string | null };
export type OwnDiagnosis = AccountDiagnosis & { view: AccountView; milestones: PolicyMilestone[]; entryDetails: Record<string, CauseEntryDetails> };

/**
 * "Check my account": the signed-in wallet user's own diagnosis and timeline (one replay of the
 * ledger), the counterparty of each entry behind the deficit, which view it gets (victim,
 * deficit, healthy), and, while the negative-balance countdown runs, what happens next and when
 * (none while support investigates a deficit that is all unauthorized debits). The account is
 * always the actor's own (there is no id to pass); null when their sign-in has no wallet account.
 */
export async function getOwnDiagnosis({ actor, ip, now = new Date() }: { actor: SessionUser; ip?: string | null; now?: Date }): Promise<OwnDiagnosis | null> {
  if (actor.role !== "WALLET_USER" || !actor.walletAccountId) return null;
  const accountId = actor.walletAccountId;
  const own = await getAccountDiagnosis({ actor, accountId, asOf: now, ip });
  const ids = own.diagnosis.causes.flatMap((cause) => cause.entryIds);
  const rows = ids.length === 0 ? [] : await db.ledgerEntry.findMany({ where: { accountId, id: { in: ids } }, select: { id: true, counterparty: true, description: true } });
  const wentNegativeAt = own.diagnosis.wentNegativeAt;
  const view = chooseAccountView(own.diagnosis);
  return {
    ...own,
    view,
    entryDetails: Object.fromEntries(rows.map((row) => [row.id, { counterparty: row.counterparty, description: row.description }])),
    milestones: wentNegativeAt && view.countdown === "running" ? policyMilestones({ wentNegativeAt: new Date(wentNegativeAt), now }) : [],
  };
}
