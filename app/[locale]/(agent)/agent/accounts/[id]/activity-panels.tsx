import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { getAccountWorkspace } from "@/lib/accounts/get-account-workspace";
import { formatDateTime } from "@/lib/i18n/format-date-time";

type Workspace = Awaited<ReturnType<typeof getAccountWorkspace>>;

function Panel({ id, title, empty, children }: { id: string; title: string; empty: string; children: React.ReactNode[] }) {
  return (
    <section aria-labelledby={id} className="rounded-xl border border-line bg-white p-4">
      <h2 id={id} className="font-semibold text-ink-900">{title}</h2>
      {children.length === 0 ? <p className="mt-1 text-sm text-ink-600">{empty}</p> : <ul className="mt-2 grid gap-1 text-sm">{children}</ul>}
    </section>
  );
}

/** Logins and devices, security events, promotions and the account's other tickets. */
export async function ActivityPanels({ workspace, locale }: { workspace: Workspace; locale: string }) {
  const t = await getTranslations("agent");
  const when = (d: Date) => <time dateTime={d.toISOString()}>{formatDateTime(d, locale)}</time>;
  return (
    <div className="mt-8 grid gap-4 md:grid-cols-2">
      <Panel id="logins" title={t("account.logins")} empty={t("account.none")}>
        {workspace.logins.map((l) => <li key={l.id}>{when(l.at)} · {l.ip}{l.location ? ` · ${l.location}` : ""}{l.device ? ` · ${l.device.label}` : ""}{l.succeeded ? "" : ` · ${t("account.failed")}`}</li>)}
      </Panel>
      <Panel id="devices" title={t("account.devices")} empty={t("account.none")}>
        {workspace.devices.map((d) => <li key={d.id}>{d.label} ({d.platform}) · {when(d.firstSeenAt)} – {when(d.lastSeenAt)}{d.trusted ? ` · ${t("account.trusted")}` : ""}</li>)}
      </Panel>
      <Panel id="security" title={t("account.security")} empty={t("account.none")}>
        {workspace.securityEvents.map((s) => <li key={s.id}>{when(s.at)} · {s.type}{s.device ? ` · ${s.device.label}` : ""}</li>)}
      </Panel>
      <Panel id="promotions" title={t("account.promotions")} empty={t("account.none")}>
        {workspace.promotions.map((p) => <li key={p.id}>{p.code} · {locale === "en" ? p.nameEn : p.nameZh} ({p.kind})</li>)}
      </Panel>
      <Panel id="tickets" title={t("account.tickets")} empty={t("account.none")}>
        {workspace.tickets.map((k) => <li key={k.number}><Link className="text-link" href={`/agent/tickets/${k.number}`}>#{k.number}</Link> · {k.subject} · {t(`status.${k.status}`)}</li>)}
      </Panel>
    </div>
  );
}
