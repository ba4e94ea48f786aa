import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { nextPath, resolveStep, resultOf, stepId, stepsTo } from "./wizard-path";
import { WIZARD_RESULTS } from "./wizard-results";
import { hashResumeToken, isResumeToken, newResumeToken, WIZARD_SESSION_TTL_MS } from "./wizard-token";
import { WIZARD_TREE_VERSION } from "./wizard-tree";

type RecordWizardStepOptions = { actor: SessionUser | null; token: string | null; questionId: string; optionId: string; locale: Locale };
export type RecordedStep = { ok: true; token: string; next: string } | { ok: false };

/**
 * One answer: stores the path up to it on the visitor's session (started on the first answer,
 * or whenever the token is missing, unknown or expired) and says which page comes next.
 * The tree is strict, so the path to an answer follows from the question: going Back and
 * answering differently replaces the later steps instead of piling up contradictions.
 * An unknown question or answer (a tampered form) is { ok: false }.
 */
export async function recordWizardStep({ actor, token, questionId, optionId, locale }: RecordWizardStepOptions): Promise<RecordedStep> {
  const resolved = resolveStep(stepId(questionId, optionId));
  if (!resolved) return { ok: false };
  const steps = [...stepsTo(questionId), stepId(questionId, optionId)];
  const resultId = resultOf(resolved.option);
  const finished = resultId
    ? { resultId, outcomeCause: WIZARD_RESULTS[resultId].cause, completedAt: new Date() }
    : { resultId: null, outcomeCause: null, completedAt: null };
  const expiresAt = new Date(Date.now() + WIZARD_SESSION_TTL_MS);
  const owner = actor?.role === "WALLET_USER" ? { userId: actor.id, accountId: actor.walletAccountId } : {};

  if (isResumeToken(token)) {
    const updated = await db.wizardSession.updateMany({
      where: { resumeTokenHash: hashResumeToken(token), expiresAt: { gt: new Date() }, outcome: null },
      data: { steps, treeVersion: WIZARD_TREE_VERSION, locale, expiresAt, ...finished, ...owner },
    });
    if (updated.count === 1) return { ok: true, token, next: nextPath(resolved.option) };
  }
  const fresh = newResumeToken();
  await db.wizardSession.create({
    data: { resumeTokenHash: hashResumeToken(fresh), treeVersion: WIZARD_TREE_VERSION, steps, locale, expiresAt, ...finished, ...owner },
    select: { id: true },
  });
  return { ok: true, token: fresh, next: nextPath(resolved.option) };
}
