import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { goodwillLimits, type ApprovalReason } from "@/lib/adjustments/goodwill-limits";
import { listPendingAdjustments } from "@/lib/adjustments/list-pending-adjustments";
import { getAccountWorkspace } from "@/lib/accounts/get-account-workspace";
import { unauthorizedDebitRows } from "@/lib/accounts/unauthorized-debit-rows";
import { ledgerQuery, type LedgerQuery } from "@/lib/accounts/ledger-query";
import { staffPageTitle } from "@/lib/auth/staff-page-title";
import { requireStaff } from "@/lib/authz";
import { parseQuery } from "@/lib/http/parse-query";
import { ID_PATTERN } from "@/lib/http/plain-text";
import { pageLocale } from "@/lib/i18n/page-locale";
import { formatMoney } from "@/lib/money/format-money";
import { toMinorUnits } from "@/lib/money/to-minor-units";
import { Notice } from "../../_components/notice";
import { QueryProblems } from "../../_components/query-problems";
import { requestIp } from "../../_components/request-ip";
import { DiagnosisSummary } from "../../tickets/[number]/customer-panel";
import { AccountActionsPanel } from "./account-actions-panel";
import { ActivityPanels } from "./activity-panels";
import { LedgerSection } from "./ledger-section";
import { TimelineChart } from "./timeline-chart";

export const dynamic = "force-dynamic";

type Params = Promise<{ locale: string; id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "agent.account" });
  return { title: await staffPageTitle(locale, t("metaTitle", { id: decodeURIComponent((await params).id) })), robots: { index: false } };
}

const NOTICES = ["frozen", "adjustApplied", "adjustPending", "decided", "ownAdjustment", "invalid"] as const;
const WAIT_REASONS = ["SINGLE_THRESHOLD", "ACCOUNT_DAILY_LIMIT", "AGENT_DAILY_LIMIT"] as const satisfies readonly ApprovalReason[];

/** The ledger with the same filters, from its first page (the way out of a cursor that is not this list's). */
function firstLedgerPage(accountId: string, params: Record<string, string | string[] | undefined>): string {
  const filters = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (k === "cursor" || v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x) => [k, x]))));
  return `/agent/accounts/${encodeURIComponent(accountId)}?${filters}`;
}

export default async function AgentAccountPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const locale = await pageLocale(params);
  const accountId = decodeURIComponent((await params).id);
  if (!ID_PATTERN.test(accountId)) notFound();
  const actor = await requireStaff({ returnTo: `/agent/accounts/${encodeURIComponent(accountId)}` });
  const t = await getTranslations("agent");
  const raw = await searchParams;
  const { notice: _notice, status: _status, decision: _decision, why: _why, ...ledgerParams } = raw;
  const parsed = parseQuery(ledgerParams, ledgerQuery);
  const query: LedgerQuery = parsed.ok ? parsed.value : ledgerQuery.parse({});
  const workspace = await getAccountWorkspace({ actor, accountId, ledger: query, ip: await requestIp() }).catch((error: unknown) => {
    if ((error as { code?: string }).code === "NOT_FOUND") notFound();
    throw error;
  });
  const pending = await listPendingAdjustments({ actor, accountId });
  const { account, diagnosis } = workspace;
  const evidence = new Set(diagnosis.causes.flatMap((c) => c.entryIds));
  const unauthorizedRows = unauthorizedDebitRows(diagnosis, workspace.timeline.points.map((p) => ({ id: p.entryId, type: p.type })));
  const unauthorized = new Set(diagnosis.unauthorizedDebits.map((d) => d.entryId));
  const notice = typeof raw.notice === "string" && (NOTICES as readonly string[]).includes(raw.notice) ? raw.notice : null;
  const money = (minor: bigint) => formatMoney(toMinorUnits(minor), account.currency, locale);
  const why = notice === "adjustPending" ? WAIT_REASONS.find((reason) => reason === raw.why) : undefined;
  const limits = goodwillLimits();

  return (
    <div className="container-page max-w-6xl py-8">
      <h1 className="text-2xl font-bold text-ink-900">{account.ownerName} · {account.phoneMasked}</h1>
      {workspace.ticket ? <p className="mt-1 text-ink-700">{t("account.fromTicket", { number: workspace.ticket.number })} · <Link className="text-link" href={`/agent/tickets/${workspace.ticket.number}`}>#{workspace.ticket.number}</Link></p> : null}
      {notice ? (
        <Notice tone={notice === "ownAdjustment" || notice === "invalid" ? "warning" : "info"}>
          {notice === "frozen" ? t("account.frozenDone", { status: String(raw.status ?? account.status) }) : notice === "decided" ? t("account.decided", { status: raw.decision === "reject" ? t("account.reject") : t("account.approve") }) : t(`account.${notice as "adjustApplied"}`)}
          {why ? <> {t(`account.why.${why}`, { threshold: money(limits.singleMinor), limit: money(why === "ACCOUNT_DAILY_LIMIT" ? limits.accountDailyMinor : limits.agentDailyMinor) })}</> : null}
        </Notice>
      ) : null}
      <section aria-labelledby="summary-heading" className="mt-4 rounded-xl border border-line bg-white p-4">
        <h2 id="summary-heading" className="font-semibold text-ink-900">{t("account.summary")}</h2>
        <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
          <dt className="text-ink-600">{t("ticket.balance")}</dt><dd className={account.balanceMinor < 0n ? "font-semibold text-red-800" : ""}>{money(account.balanceMinor)}</dd>
          <dt className="text-ink-600">{t("ticket.accountStatus")}</dt><dd>{account.status}</dd>
          <dt className="text-ink-600">{t("ticket.twoFactor")}</dt><dd>{account.twoFactorEnabled ? t("ticket.on") : t("ticket.off")}</dd>
          <dt className="text-ink-600">ID</dt><dd><code>{account.id}</code></dd>
        </dl>
        <DiagnosisSummary diagnosis={diagnosis} unauthorized={unauthorizedRows} locale={locale} currency={account.currency} />
      </section>
      <AccountActionsPanel actor={actor} accountId={account.id} status={account.status} currency={account.currency} ticket={workspace.ticket?.number} pending={pending} locale={locale} />
      <section aria-labelledby="timeline-heading" className="mt-8">
        <h2 id="timeline-heading" className="text-lg font-semibold text-ink-900">{t("account.timeline")}</h2>
        <TimelineChart timeline={workspace.timeline} evidence={evidence} labels={{ title: t("account.timeline"), caption: t("account.timelineCaption"), crossing: t("account.crossing") }} />
      </section>
      {parsed.ok ? null : <QueryProblems errors={parsed.errors} labels={{ from: t("account.from"), to: t("account.to") }} firstPage={firstLedgerPage(account.id, ledgerParams)} />}
      <LedgerSection accountId={account.id} query={query} entries={workspace.ledger.entries} nextCursor={workspace.ledger.nextCursor} evidence={evidence} unauthorized={unauthorized} currency={account.currency} locale={locale} />
      <ActivityPanels workspace={workspace} locale={locale} />
    </div>
  );
}
