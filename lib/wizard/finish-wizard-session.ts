import "server-only";
import { db } from "@/lib/db";
import type { WizardResultId } from "./wizard-results";
import { WIZARD_RESULTS } from "./wizard-results";
import { hashResumeToken, isResumeToken } from "./wizard-token";

/**
 * "This answered my question": the run ends solved by itself (the deflection the reports count).
 * Without a live session (no JavaScript-free answers recorded, or it expired) nothing is stored.
 */
export async function finishWizardSession({ token, resultId }: { token: string | null; resultId: WizardResultId }): Promise<boolean> {
  if (!isResumeToken(token)) return false;
  const updated = await db.wizardSession.updateMany({
    where: { resumeTokenHash: hashResumeToken(token), expiresAt: { gt: new Date() }, outcome: null },
    data: { outcome: "SELF_SERVED", resultId, outcomeCause: WIZARD_RESULTS[resultId].cause, completedAt: new Date() },
  });
  return updated.count === 1;
}
