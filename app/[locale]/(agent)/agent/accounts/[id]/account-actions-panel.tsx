import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { goodwillLimits, type ApprovalReason } from "@/lib/adjustments/goodwill-limits";
import type { SessionUser } from "@/lib/auth/session-user";
import { can } from "@/lib/auth/staff-permissions";
import { formatMoney } from "@/lib/money/format-money";
import { toMinorUnits } from "@/lib/money/to-minor-units";
import { decideAdjustmentAction, freezeAction } from "./actions";
import { AdjustmentForm, type AdjustmentLabels } from "./adjustment-form";

type Pending = { id: string; amountMinor: bigint; reason: string; approvalReason: ApprovalReason | null; requestedById: string | null; requestedBy: { name: string } | null };
type Props = { actor: SessionUser; accountId: string; status: string; currency: string; ticket?: number; pending: Pending[]; locale: string };

const field = "mt-1 block w-full rounded-md border border-line bg-white px-2 py-2";

/** Freeze/unfreeze, goodwill adjustment requests (for a ticket) and, for supervisors, approvals with why each waits. */
export async function AccountActionsPanel({ actor, accountId, status, currency, ticket, pending, locale }: Props) {
  const t = await getTranslations("agent.account");
  const money = (minor: bigint) => formatMoney(toMinorUnits(minor), currency, locale);
  const frozen = status === "FROZEN";
  const mayToggle = can(actor.role, frozen ? "accounts.unfreeze" : "accounts.freeze");
  const mayApprove = can(actor.role, "adjustments.approve");
  const limits = goodwillLimits();
  const labels: AdjustmentLabels = {
    adjust: t("adjust"), amount: t("adjustAmount"), reason: t("adjustReason"), ticket: t("adjustTicket"), ticketHint: t("adjustTicketHint"), submit: t("adjustSubmit"),
    hint: t("adjustHint", { threshold: money(limits.singleMinor), accountLimit: money(limits.accountDailyMinor), agentLimit: money(limits.agentDailyMinor) }),
    problems: t("adjustProblems"), keyReused: t("adjustKeyReused"), inFlight: t("adjustInFlight"), outdated: t("adjustOutdated"),
    amountInvalid: t("amountInvalid"), reasonRequired: t("reasonRequired"), ticketRequired: t("ticketRequired"), ticketNotAboutAccount: t("ticketNotAboutAccount"),
  };
  return (
    <div className="mt-6 grid gap-4 md:grid-cols-2">
      <AdjustmentForm accountId={accountId} idempotencyKey={randomUUID()} ticket={ticket ? String(ticket) : ""} labels={labels} />
      <div className="grid content-start gap-4">
        {mayToggle ? (
          <form action={freezeAction} className="rounded-xl border border-line bg-white p-4" aria-label={frozen ? t("unfreeze") : t("freeze")}>
            <input type="hidden" name="accountId" value={accountId} />
            <input type="hidden" name="frozen" value={frozen ? "false" : "true"} />
            <label className="block text-sm font-medium">{t("freezeReason")}<input name="reason" maxLength={500} className={field} /></label>
            <button type="submit" className="btn-secondary mt-2">{frozen ? t("unfreeze") : t("freeze")}</button>
          </form>
        ) : null}
        {pending.length > 0 ? (
          <section aria-labelledby="pending-heading" className="rounded-xl border border-amber-300 bg-amber-50 p-4">
            <h2 id="pending-heading" className="font-semibold text-ink-900">{t("pending")}</h2>
            <ul className="mt-2 grid gap-2 text-sm">
              {pending.map((p) => (
                <li key={p.id}>
                  {t("requestedBy", { amount: money(p.amountMinor), name: p.requestedBy?.name ?? "—", reason: p.reason })}
                  {p.approvalReason ? <span className="block text-ink-700">{t(`waitsBecause.${p.approvalReason}`)}</span> : null}
                  {mayApprove && p.requestedById !== actor.id ? (
                    <form action={decideAdjustmentAction} className="mt-1 flex gap-2">
                      <input type="hidden" name="accountId" value={accountId} />
                      <input type="hidden" name="adjustmentId" value={p.id} />
                      <button type="submit" name="decision" value="approve" className="btn-primary min-h-9 px-3 py-1">{t("approve")}</button>
                      <button type="submit" name="decision" value="reject" className="btn-secondary min-h-9 px-3 py-1">{t("reject")}</button>
                    </form>
                  ) : mayApprove ? <p className="text-ink-700">{t("ownAdjustment")}</p> : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </div>
  );
}
