import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Permission } from "@/lib/auth/staff-permissions";
import { findPermissionCheckedFunctions } from "@/tests/support/permission-checked-functions";

process.env.DATABASE_URL = inject("databaseUrl");
const { can } = await import("@/lib/auth/staff-permissions");
const { ledgerQuery } = await import("@/lib/accounts/ledger-query");
const { ticketQueueQuery } = await import("@/lib/tickets/ticket-queue-query");
const { auditQuery } = await import("@/lib/audit/audit-query");

/*
 * Every agent-side lib function (found in the sources: each exported function whose body calls
 * assertCan), called directly as nobody and as each role: the permission check next to the data
 * must refuse exactly whom the one table (lib/auth/staff-permissions.ts) says, whatever the
 * caller forgot. Arguments point at nothing, so an allowed caller gets past the check to
 * NOT_FOUND, a refusal of the input, or an empty answer.
 *
 * Only how to call each function is written here: a function found in the sources without a
 * line below, or a line whose permission is not the one its source checks, fails the test.
 */
type Args = (actor: SessionUser | null) => Record<string, unknown>;
const none = "no_such_id";
const n = 999_999_999;
const key = () => `authz-${Date.now()}-${Math.random().toString(36).slice(2)}`;

const CALLS: Record<string, [Permission, Args][]> = {
  searchAccounts: [["accounts.view", (actor) => ({ actor, q: none })]],
  listLedgerEntries: [["accounts.view", (actor) => ({ actor, accountId: none, query: ledgerQuery.parse({}) })]],
  streamLedgerCsv: [["accounts.export", (actor) => ({ actor, accountId: none, query: ledgerQuery.parse({}) })]],
  getAccountWorkspace: [["accounts.view", (actor) => ({ actor, accountId: none, ledger: ledgerQuery.parse({}) })]],
  setAccountFrozen: [
    ["accounts.freeze", (actor) => ({ actor, accountId: none, frozen: true, reason: "" })],
    ["accounts.unfreeze", (actor) => ({ actor, accountId: none, frozen: false, reason: "" })],
  ],
  listTicketQueue: [["tickets.view", (actor) => ({ actor, query: ticketQueueQuery.parse({ q: "#999999999" }) })]],
  getAgentTicket: [["tickets.view", (actor) => ({ actor, number: n })]],
  getAgentTicketSummary: [["tickets.view", (actor) => ({ actor, number: n })]],
  getTicketHolder: [["tickets.view", (actor) => ({ actor, number: n })]],
  claimTicket: [["tickets.claim", (actor) => ({ actor, number: n })]],
  assignTicket: [["tickets.assign", (actor) => ({ actor, number: n, assigneeId: null, version: 1 })]],
  listAssignableStaff: [["tickets.assign", (actor) => ({ actor })]],
  addTicketMessage: [["tickets.reply", (actor) => ({ actor, number: n, body: "x", visibility: "PUBLIC", seenVersion: 1 })]],
  changeTicketStatus: [["tickets.reply", (actor) => ({ actor, number: n, status: "OPEN", version: 1 })]],
  resolveTicket: [["tickets.resolve", (actor) => ({ actor, number: n, cause: "OTHER", actions: [], publicOutcome: "x", version: 1 })]],
  touchTicketViewer: [["tickets.view", (actor) => ({ actor, number: n, isReplying: false })]],
  requestAdjustment: [["adjustments.request", (actor) => ({ actor, accountId: none, ticketNumber: n, amountMinor: 100n, reason: "x", idempotencyKey: key() })]],
  listPendingAdjustments: [["adjustments.request", (actor) => ({ actor, accountId: none })]],
  decideAdjustment: [["adjustments.approve", (actor) => ({ actor, adjustmentId: none, approve: true })]],
  browseAuditLog: [["audit.browse", (actor) => ({ actor, query: auditQuery.parse({ accountId: none }) })]],
};

const ROLES: Role[] = ["WALLET_USER", "AGENT", "SUPERVISOR", "ADMIN"];
/** What an allowed caller may meet with arguments that point at nothing: never a refusal of the caller. */
const PAST_THE_CHECK = ["ok", "NOT_FOUND", "BAD_REQUEST"];
const as = (role: Role): SessionUser => ({ id: `authz_${role}`, role, name: role, locale: "en", walletAccountId: role === "WALLET_USER" ? none : null });
const outcome = (run: () => unknown) =>
  Promise.resolve()
    .then(run)
    .then(
      () => "ok",
      (error: { code?: string; message?: string }) => error.code ?? error.message ?? "unknown error",
    );

const found = findPermissionCheckedFunctions();

describe("every agent-side function checks the caller itself", () => {
  it("finds the functions that call assertCan in lib/, and has a way to call each", () => {
    // Far fewer would mean the discovery broke, not that the functions went away.
    expect(found.length).toBeGreaterThanOrEqual(19);
    expect(found.map((f) => f.name)).toEqual(expect.arrayContaining(["setAccountFrozen", "listPendingAdjustments", "getTicketHolder", "listAssignableStaff"]));
    expect(Object.keys(CALLS).sort()).toEqual(found.map((f) => f.name).sort());
  });

  for (const { file, name, permissions } of found) {
    it(`${name} (${permissions.join(", ")}) in ${file}`, async () => {
      const calls = CALLS[name] ?? [];
      expect(calls.map(([permission]) => permission).sort(), `the permissions ${file} checks`).toEqual(permissions);
      const exports = (await import(path.resolve(file))) as Record<string, (options: Record<string, unknown>) => unknown>;
      const run = exports[name]!;
      for (const [permission, args] of calls) {
        expect(await outcome(() => run(args(null))), `nobody ${name} (${permission})`).toBe("UNAUTHENTICATED");
        for (const role of ROLES) {
          const result = await outcome(() => run(args(as(role))));
          if (can(role, permission)) expect(PAST_THE_CHECK, `${role} ${name} (${permission}): ${result}`).toContain(result);
          else expect(result, `${role} ${name} (${permission})`).toBe("FORBIDDEN");
        }
      }
    });
  }
});
