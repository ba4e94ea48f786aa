import { describe, expect, inject, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Permission } from "@/lib/auth/staff-permissions";

process.env.DATABASE_URL = inject("databaseUrl");
const { PERMISSIONS } = await import("@/lib/auth/staff-permissions");
const { ledgerQuery } = await import("@/lib/accounts/ledger-query");
const { ticketQueueQuery } = await import("@/lib/tickets/ticket-queue-query");
const { auditQuery } = await import("@/lib/audit/audit-query");

/*
 * Every agent-side lib function, the code that server actions, pages and route handlers call,
 * called directly as nobody and as each role: the permission check next to the data must refuse
 * exactly whom docs/permissions.md says, whatever the caller forgot. Arguments point at nothing,
 * so an allowed caller gets past the check to NOT_FOUND or an empty answer.
 */
const L = {
  search: (await import("@/lib/accounts/search-accounts")).searchAccounts,
  ledger: (await import("@/lib/accounts/list-ledger-entries")).listLedgerEntries,
  csv: (await import("@/lib/accounts/stream-ledger-csv")).streamLedgerCsv,
  workspace: (await import("@/lib/accounts/get-account-workspace")).getAccountWorkspace,
  freeze: (await import("@/lib/accounts/set-account-frozen")).setAccountFrozen,
  queue: (await import("@/lib/tickets/list-ticket-queue")).listTicketQueue,
  ticket: (await import("@/lib/tickets/get-agent-ticket")).getAgentTicket,
  claim: (await import("@/lib/tickets/claim-ticket")).claimTicket,
  assign: (await import("@/lib/tickets/assign-ticket")).assignTicket,
  reply: (await import("@/lib/tickets/add-ticket-message")).addTicketMessage,
  status: (await import("@/lib/tickets/change-ticket-status")).changeTicketStatus,
  resolve: (await import("@/lib/tickets/resolve-ticket")).resolveTicket,
  presence: (await import("@/lib/tickets/touch-ticket-viewer")).touchTicketViewer,
  request: (await import("@/lib/adjustments/request-adjustment")).requestAdjustment,
  decide: (await import("@/lib/adjustments/decide-adjustment")).decideAdjustment,
  audit: (await import("@/lib/audit/browse-audit-log")).browseAuditLog,
};

const none = "no_such_id";
const n = 999_999_999;
const CALLS: [string, Permission, (actor: SessionUser | null) => Promise<unknown>][] = [
  ["searchAccounts", "accounts.view", (actor) => L.search({ actor, q: none })],
  ["listLedgerEntries", "accounts.view", (actor) => L.ledger({ actor, accountId: none, query: ledgerQuery.parse({}) })],
  ["streamLedgerCsv", "accounts.export", (actor) => L.csv({ actor, accountId: none, query: ledgerQuery.parse({}) })],
  ["getAccountWorkspace", "accounts.view", (actor) => L.workspace({ actor, accountId: none, ledger: ledgerQuery.parse({}) })],
  ["setAccountFrozen (freeze)", "accounts.freeze", (actor) => L.freeze({ actor, accountId: none, frozen: true, reason: "" })],
  ["setAccountFrozen (unfreeze)", "accounts.unfreeze", (actor) => L.freeze({ actor, accountId: none, frozen: false, reason: "" })],
  ["listTicketQueue", "tickets.view", (actor) => L.queue({ actor, query: ticketQueueQuery.parse({ q: "#999999999" }) })],
  ["getAgentTicket", "tickets.view", (actor) => L.ticket({ actor, number: n })],
  ["claimTicket", "tickets.claim", (actor) => L.claim({ actor, number: n })],
  ["assignTicket", "tickets.assign", (actor) => L.assign({ actor, number: n, assigneeId: null, version: 1 })],
  ["addTicketMessage", "tickets.reply", (actor) => L.reply({ actor, number: n, body: "x", visibility: "PUBLIC", seenVersion: 1 })],
  ["changeTicketStatus", "tickets.reply", (actor) => L.status({ actor, number: n, status: "OPEN", version: 1 })],
  ["resolveTicket", "tickets.resolve", (actor) => L.resolve({ actor, number: n, cause: "OTHER", actions: [], publicOutcome: "x", version: 1 })],
  ["touchTicketViewer", "tickets.view", (actor) => L.presence({ actor, number: n, isReplying: false })],
  ["requestAdjustment", "adjustments.request", (actor) => L.request({ actor, accountId: none, amountMinor: 100n, reason: "x", idempotencyKey: `authz-${Date.now()}-${Math.random()}` })],
  ["decideAdjustment", "adjustments.approve", (actor) => L.decide({ actor, adjustmentId: none, approve: true })],
  ["browseAuditLog", "audit.browse", (actor) => L.audit({ actor, query: auditQuery.parse({ accountId: none }) })],
];

const ROLES: Role[] = ["WALLET_USER", "AGENT", "SUPERVISOR", "ADMIN"];
const as = (role: Role): SessionUser => ({ id: `authz_${role}`, role, name: role, locale: "en", walletAccountId: role === "WALLET_USER" ? none : null });
const outcome = (promise: Promise<unknown>) => promise.then(() => "ok", (error: { code?: string; message?: string }) => error.code ?? error.message ?? "unknown error");

describe("every agent-side function checks the caller itself", () => {
  for (const [name, permission, call] of CALLS) {
    it(`${name} (${permission})`, async () => {
      expect(await outcome(call(null))).toBe("UNAUTHENTICATED");
      for (const role of ROLES) {
        const allowed = (PERMISSIONS[permission] as readonly Role[]).includes(role);
        const result = await outcome(call(as(role)));
        if (allowed) expect(["ok", "NOT_FOUND"], `${role} ${name}`).toContain(result);
        else expect(result, `${role} ${name}`).toBe("FORBIDDEN");
      }
    });
  }
});
