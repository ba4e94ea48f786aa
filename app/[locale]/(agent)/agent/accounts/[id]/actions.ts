"use server";

import { formText } from "@/lib/http/form-text";
import { redirect } from "next/navigation";
import { z } from "zod";
import { decideAdjustment } from "@/lib/adjustments/decide-adjustment";
import { requestAdjustment } from "@/lib/adjustments/request-adjustment";
import { setAccountFrozen } from "@/lib/accounts/set-account-frozen";
import { can } from "@/lib/auth/staff-permissions";
import { requireStaff } from "@/lib/authz";
import { AppError } from "@/lib/errors/app-error";
import { parseYuan } from "@/lib/money/parse-yuan";
import { requestIp } from "../../_components/request-ip";

const back = (accountId: string, notice: string, extra = "") => `/agent/accounts/${encodeURIComponent(accountId)}?notice=${notice}${extra}`;

const freezeForm = z.object({ accountId: z.string().min(1).max(100), frozen: z.enum(["true", "false"]), reason: z.string().trim().max(500).default("") });

export async function freezeAction(formData: FormData): Promise<void> {
  const actor = await requireStaff();
  const input = freezeForm.parse(Object.fromEntries(formData));
  const result = await setAccountFrozen({ actor, accountId: input.accountId, frozen: input.frozen === "true", reason: input.reason, ip: await requestIp() });
  redirect(back(input.accountId, "frozen", `&status=${result.status}`));
}

const adjustForm = z.object({
  accountId: z.string().min(1).max(100),
  amount: z.string().max(20),
  reason: z.string().trim().min(1).max(500),
  idempotencyKey: z.string().min(16).max(100),
  ticket: z.string().regex(/^\d{0,9}$/).default(""),
});

/** The key was minted when the form was rendered: a double submit or a retry applies it once. */
export async function requestAdjustmentAction(formData: FormData): Promise<void> {
  const actor = await requireStaff();
  const accountId = formText(formData, "accountId");
  const parsed = adjustForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect(back(accountId, parsed.error.issues[0]?.path[0] === "reason" ? "reasonRequired" : "amountInvalid"));
  const amountMinor = parseYuan(parsed.data.amount);
  if (amountMinor === null) redirect(back(accountId, "amountInvalid"));
  const { ticket, ...input } = parsed.data;
  const result = await requestAdjustment({ actor, ...input, amountMinor, ticketNumber: ticket ? Number(ticket) : undefined, ip: await requestIp() });
  redirect(back(accountId, result.status === "APPLIED" ? "adjustApplied" : "adjustPending"));
}

const decideForm = z.object({ accountId: z.string().min(1).max(100), adjustmentId: z.string().min(1).max(100), decision: z.enum(["approve", "reject"]) });

export async function decideAdjustmentAction(formData: FormData): Promise<void> {
  const actor = await requireStaff();
  const input = decideForm.parse(Object.fromEntries(formData));
  let notice = "decided";
  try {
    await decideAdjustment({ actor, adjustmentId: input.adjustmentId, approve: input.decision === "approve", ip: await requestIp() });
  } catch (error) {
    // A supervisor clicking their own request is told why; anyone else refused gets the 403 page.
    const expected = error instanceof AppError && (error.code === "CONFLICT" || (error.code === "FORBIDDEN" && can(actor.role, "adjustments.approve")));
    if (!expected) throw error;
    notice = error.code === "FORBIDDEN" ? "ownAdjustment" : "conflict";
  }
  redirect(back(input.accountId, notice, `&decision=${input.decision}`));
}
