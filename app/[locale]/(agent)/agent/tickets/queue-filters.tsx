import { getTranslations } from "next-intl/server";
import type { TicketQueueQuery } from "@/lib/tickets/ticket-queue-query";

const STATUSES = ["NEW", "OPEN", "WAITING_ON_CUSTOMER", "RESOLVED", "CLOSED"] as const;
const CAUSES = ["REFUND", "PROMO", "HACK", "OVERDRAFT", "OTHER"] as const;
const PRIORITIES = ["URGENT", "HIGH", "NORMAL", "LOW"] as const;

/** A plain GET form: filters live in the URL, so a filtered queue can be bookmarked and shared. */
export async function QueueFilters({ query }: { query: TicketQueueQuery }) {
  const t = await getTranslations("agent");
  const field = "mt-1 block w-full rounded-md border border-line bg-white px-2 py-2";
  return (
    <form method="get" action="/agent/tickets" aria-label={t("queue.filters")} className="mt-6 grid gap-3 rounded-xl border border-line bg-white p-4 sm:grid-cols-4">
      <label className="text-sm font-medium text-ink-800">
        {t("queue.search")}
        <input name="q" type="search" defaultValue={query.q ?? ""} placeholder={t("queue.searchHint")} className={field} />
      </label>
      <label className="text-sm font-medium text-ink-800">
        {t("queue.status")}
        <select name="status" defaultValue={query.status?.[0] ?? ""} className={field}>
          <option value="">{t("queue.anyStatus")}</option>
          {STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
        </select>
      </label>
      <label className="text-sm font-medium text-ink-800">
        {t("queue.cause")}
        <select name="cause" defaultValue={query.cause ?? ""} className={field}>
          <option value="">{t("queue.any")}</option>
          {CAUSES.map((c) => <option key={c} value={c}>{t(`cause.${c}`)}</option>)}
        </select>
      </label>
      <label className="text-sm font-medium text-ink-800">
        {t("queue.priority")}
        <select name="priority" defaultValue={query.priority ?? ""} className={field}>
          <option value="">{t("queue.any")}</option>
          {PRIORITIES.map((p) => <option key={p} value={p}>{t(`priority.${p}`)}</option>)}
        </select>
      </label>
      <label className="text-sm font-medium text-ink-800">
        {t("queue.scope")}
        <select name="mine" defaultValue={query.mine} className={field}>
          <option value="all">{t("queue.all")}</option>
          <option value="mine">{t("queue.mine")}</option>
          <option value="unassigned">{t("queue.unassigned")}</option>
        </select>
      </label>
      <label className="text-sm font-medium text-ink-800">
        {t("queue.breached")}
        <select name="breached" defaultValue={query.breached ? "true" : ""} className={field}>
          <option value="">{t("queue.any")}</option>
          <option value="true">{t("queue.breachedOnly")}</option>
        </select>
      </label>
      <label className="text-sm font-medium text-ink-800">
        {t("queue.sort")}
        <select name="sort" defaultValue={query.sort} className={field}>
          <option value="due">{t("queue.sortDue")}</option>
          <option value="newest">{t("queue.sortNewest")}</option>
          <option value="oldest">{t("queue.sortOldest")}</option>
        </select>
      </label>
      <div className="flex items-end">
        <button type="submit" className="btn-primary w-full">{t("common.apply")}</button>
      </div>
    </form>
  );
}
