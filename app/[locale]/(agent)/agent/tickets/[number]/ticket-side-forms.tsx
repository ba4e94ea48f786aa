import { getTranslations } from "next-intl/server";
import { CONFIRMED_CAUSES, RESOLUTION_ACTIONS } from "@/lib/tickets/resolution-actions";
import { assignAction, changeStatusAction, resolveAction } from "./actions";

const field = "mt-1 block w-full rounded-md border border-line bg-white px-2 py-2";

export async function StatusForm({ number, version, status }: { number: number; version: number; status: string }) {
  const t = await getTranslations("agent");
  return (
    <form action={changeStatusAction} aria-label={t("ticket.changeStatus")} className="rounded-xl border border-line bg-white p-4">
      <input type="hidden" name="number" value={number} />
      <input type="hidden" name="version" value={version} />
      <label className="text-sm font-medium text-ink-800">
        {t("ticket.status")}
        <select name="status" defaultValue={status === "NEW" ? "OPEN" : status} className={field}>
          {(["OPEN", "WAITING_ON_CUSTOMER", "CLOSED"] as const).map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
        </select>
      </label>
      <button type="submit" className="btn-secondary mt-2">{t("ticket.changeStatus")}</button>
    </form>
  );
}

export async function AssignForm({ number, version, staff, assigneeId }: { number: number; version: number; staff: { id: string; name: string }[]; assigneeId: string | null }) {
  const t = await getTranslations("agent");
  return (
    <form action={assignAction} aria-label={t("ticket.assign")} className="rounded-xl border border-line bg-white p-4">
      <input type="hidden" name="number" value={number} />
      <input type="hidden" name="version" value={version} />
      <label className="text-sm font-medium text-ink-800">
        {t("ticket.assignTo")}
        <select name="assigneeId" defaultValue={assigneeId ?? ""} className={field}>
          <option value="">{t("queue.nobody")}</option>
          {staff.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </label>
      <button type="submit" className="btn-secondary mt-2">{t("ticket.assign")}</button>
    </form>
  );
}

/**
 * "Top-up advised" is shown but cannot be ticked when `offersTopUp` says no (the hint says why);
 * resolveTicket refuses it as well, so a hand-made form gets nowhere.
 */
export async function ResolveForm({ number, version, suggestedCause, isTopUpOffered }: { number: number; version: number; suggestedCause: string | null; isTopUpOffered: boolean }) {
  const t = await getTranslations("agent");
  return (
    <form action={resolveAction} aria-labelledby="resolve-heading" className="rounded-xl border border-line bg-white p-4">
      <h2 id="resolve-heading" className="text-lg font-semibold text-ink-900">{t("ticket.resolution")}</h2>
      <input type="hidden" name="number" value={number} />
      <input type="hidden" name="version" value={version} />
      <label className="mt-2 block text-sm font-medium text-ink-800">
        {t("ticket.confirmedCause")}
        <select name="cause" defaultValue={suggestedCause ?? "OTHER"} className={field}>
          {CONFIRMED_CAUSES.map((c) => <option key={c} value={c}>{t(`cause.${c}`)}</option>)}
        </select>
      </label>
      <fieldset className="mt-2 text-sm text-ink-800">
        <legend className="font-medium">{t("ticket.actionsDone")}</legend>
        {RESOLUTION_ACTIONS.map((a) => {
          const isUnavailable = a === "TOP_UP_ADVISED" && !isTopUpOffered;
          return (
            <div key={a}>
              <label className={`block ${isUnavailable ? "text-ink-600" : ""}`}>
                <input type="checkbox" name="actions" value={a} disabled={isUnavailable} aria-describedby={isUnavailable ? "top-up-unavailable" : undefined} /> {t(`actions.${a}`)}
              </label>
              {isUnavailable ? <p id="top-up-unavailable" className="pl-5 text-xs text-ink-600">{t("ticket.topUpUnavailable")}</p> : null}
            </div>
          );
        })}
      </fieldset>
      <label className="mt-2 block text-sm font-medium text-ink-800">
        {t("ticket.outcome")}
        <textarea name="outcome" required maxLength={5000} rows={4} className={field} aria-describedby="outcome-hint" />
      </label>
      <p id="outcome-hint" className="text-xs text-ink-600">{t("ticket.outcomeHint")}</p>
      <button type="submit" className="btn-primary mt-2">{t("ticket.resolve")}</button>
    </form>
  );
}
