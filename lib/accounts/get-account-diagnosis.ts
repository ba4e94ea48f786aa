import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { isStaff, type SessionUser } from "@/lib/auth/session-user";
import { replayWithTimeline, type BalanceTimeline } from "@/lib/diagnosis/build-balance-timeline";
import { diagnoseAccount } from "@/lib/diagnosis/diagnose-account";
import type { Diagnosis } from "@/lib/diagnosis/diagnosis-types";
import { AppError } from "@/lib/errors/app-error";
import { loadAccountHistory } from "./load-account-history";

type GetAccountDiagnosisOptions = {
  actor: SessionUser | null;
  accountId: string;
  /** The diagnosis as of this moment; defaults to now (entries dated later are ignored). */
  asOf?: Date;
  ip?: string | null;
};

export type AccountDiagnosis = { diagnosis: Diagnosis; timeline: BalanceTimeline };

/**
 * The diagnosis and balance timeline of one stored account. Only its owner or staff may ask;
 * every staff look is audited. A wallet user asking about someone else's account gets
 * NOT_FOUND, exactly like a missing account, so account ids cannot be probed.
 */
export async function getAccountDiagnosis({ actor, accountId, asOf, ip }: GetAccountDiagnosisOptions): Promise<AccountDiagnosis> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const staff = isStaff(actor.role);
  if (!staff && actor.walletAccountId !== accountId) throw new AppError("NOT_FOUND", "account not found");

  const history = await loadAccountHistory({ accountId, asOf });
  if (staff) {
    await recordAudit({
      actor,
      action: "account.diagnosis.view",
      targetType: "WalletAccount",
      targetId: accountId,
      accountId: history ? accountId : null,
      ip,
      metadata: { found: history !== null },
    });
  }
  if (!history) throw new AppError("NOT_FOUND", "account not found");
  // One replay of the ledger serves both (a 10,000-entry account is replayed once per request).
  const { timeline, replay } = replayWithTimeline(history);
  return { diagnosis: diagnoseAccount(history, replay), timeline };
}
