"use server";

import { formText, submittedForm } from "@/lib/http/form-text";
import { ID_PATTERN } from "@/lib/http/plain-text";
import { redirect } from "next/navigation";
import { z } from "zod";
import { decideAdjustment } from "@/lib/adjustments/decide-adjustment";
import { requestAdjustment, type AdjustmentOutcome } from "@/lib/adjustments/request-adjustment";
import { setAccountFrozen } from "@/lib/accounts/set-account-frozen";
import { can } from "@/lib/auth/staff-permissions";
import { requireStaff } from "@/lib/authz";
import { AppError } from "@/lib/errors/app-error";
import { parseYuan } from "@/lib/money/parse-yuan";
import { answerRefusal } from "../../_components/answer-refusal";
import { requestIp } from "../../_components/request-ip";
import type { AdjustmentFormState } from "./adjustment-form-state";

const back = (accountId: string, notice: string, extra = "") => `/agent/accounts/${encodeURIComponent(accountId)}?notice=${notice}${extra}`;

/** Where a form that could not be read goes back to: its account, or the search when it names none. */
function invalidForm(form: FormData): never {
  const accountId = formText(form, "accountId");
  redirect(ID_PATTERN.test(accountId) ? back(accountId, "invalid") : "/agent/accounts");
}

const id = z.string().regex(ID_PATTERN);
const freezeForm = z.object({ accountId: id, frozen: z.enum(["true", "false"]), reason: z.string().trim().max(500).default("") });

export async function freezeAction(submitted: FormData): Promise<void> {
  const actor = await requireStaff();
  const formData = submittedForm(submitted);
  const parsed = freezeForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) invalidForm(formData);
  const input = parsed.data;
  // An agent lifting a freeze is the 403 page, an unknown account the 404 page; nothing changes.
  const result = await setAccountFrozen({ actor, accountId: input.accountId, frozen: input.frozen === "true", reason: input.reason, ip: await requestIp() }).catch(answerRefusal);
  redirect(back(input.accountId, "frozen", `&status=${result.status}`));
}

const adjustForm = z.object({
  accountId: id,
  idempotencyKey: z.string().min(16).max(100),
});

/**
 * The adjustment form (useActionState). The key was minted when the form was rendered: a double
 * submit or a retry applies it once. Anything refused comes back with what was typed and a
 * sentence per field; success goes back to the page saying whether it applied, or why it waits.
 */
export async function requestAdjustmentAction(_previous: AdjustmentFormState, submitted: FormData): Promise<AdjustmentFormState> {
  const actor = await requireStaff();
  const formData = submittedForm(submitted);
  const values = { amount: formText(formData, "amount"), reason: formText(formData, "reason"), ticket: formText(formData, "ticket").trim() };
  const form = adjustForm.safeParse({ accountId: formText(formData, "accountId"), idempotencyKey: formText(formData, "idempotencyKey") });
  if (!form.success) return { values, errors: {}, problem: "outdated" };
  const amountMinor = values.amount.length <= 20 ? parseYuan(values.amount) : null;
  const reason = values.reason.trim();
  const errors: AdjustmentFormState["errors"] = {};
  if (amountMinor === null) errors.amount = "amountInvalid";
  if (reason.length === 0 || reason.length > 500) errors.reason = "reasonRequired";
  if (!/^\d{1,9}$/.test(values.ticket)) errors.ticket = "ticketRequired";
  if (amountMinor === null || Object.keys(errors).length > 0) return { values, errors };

  let outcome: AdjustmentOutcome;
  try {
    outcome = await requestAdjustment({ actor, ...form.data, amountMinor, reason, ticketNumber: Number(values.ticket), ip: await requestIp() });
  } catch (error) {
    if (error instanceof AppError && error.code === "BAD_REQUEST" && error.field === "ticketNumber") return { values, errors: { ticket: "ticketNotAboutAccount" } };
    return answerRefusal(error);
  }
  if (outcome.kind === "mismatch") return { values, errors: {}, problem: "keyReused" };
  if (outcome.kind === "in_flight") return { values, errors: {}, problem: "inFlight" };
  redirect(back(form.data.accountId, outcome.status === "APPLIED" ? "adjustApplied" : "adjustPending", outcome.approvalReason ? `&why=${outcome.approvalReason}` : ""));
}

const decideForm = z.object({ accountId: id, adjustmentId: id, decision: z.enum(["approve", "reject"]) });

export async function decideAdjustmentAction(submitted: FormData): Promise<void> {
  const actor = await requireStaff();
  const formData = submittedForm(submitted);
  const parsed = decideForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) invalidForm(formData);
  const input = parsed.data;
  let notice = "decided";
  try {
    await decideAdjustment({ actor, adjustmentId: input.adjustmentId, approve: input.decision === "approve", ip: await requestIp() });
  } catch (error) {
    // A supervisor clicking their own request is told why; anyone else refused gets the 403 page.
    const expected = error instanceof AppError && (error.code === "CONFLICT" || (error.code === "FORBIDDEN" && can(actor.role, "adjustments.approve")));
    if (!expected) answerRefusal(error);
    notice = error.code === "FORBIDDEN" ? "ownAdjustment" : "conflict";
  }
  redirect(back(input.accountId, notice, `&decision=${input.decision}`));
}
