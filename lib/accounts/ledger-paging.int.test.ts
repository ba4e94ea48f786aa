import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";

process.env.DATABASE_URL = inject("databaseUrl");
const { db } = await import("@/lib/db");
const { listLedgerEntries } = await import("@/lib/accounts/list-ledger-entries");
const { streamLedgerCsv } = await import("@/lib/accounts/stream-ledger-csv");
const { ledgerQuery } = await import("@/lib/accounts/ledger-query");
const { encodeCursor } = await import("@/lib/http/keyset-cursor");

const run = Date.now().toString(36);
const accountId = `acc_paging_${run}`;
let agent: SessionUser;
const ENTRIES = 437;

beforeAll(async () => {
  const user = await db.portalUser.create({ data: { role: "AGENT", name: "Zhao Min", email: `paging-${run}@test.example`, passwordHash: "x" } });
  agent = { id: user.id, role: "AGENT", name: user.name, locale: "zh-CN", walletAccountId: null };
  await db.walletAccount.create({ data: { id: accountId, ownerName: "Li Na", phone: `196${String(Date.now()).slice(-8)}`, phoneMasked: "196****0000" } });
  // Runs of up to 7 entries share one timestamp: only seq tells them apart.
  await db.ledgerEntry.createMany({
    data: Array.from({ length: ENTRIES }, (_, i) => ({
      id: `${run}_e${i}`, accountId, type: i % 3 === 0 ? ("TOP_UP" as const) : ("PAYMENT" as const), amountMinor: i % 3 === 0 ? 1000 : -300,
      occurredAt: new Date(Date.UTC(2026, 9, 1) + Math.floor(i / 7) * 3_600_000),
    })),
  });
});

afterAll(async () => {
  await db.walletAccount.delete({ where: { id: accountId } });
  await db.portalUser.delete({ where: { id: agent.id } });
});

const query = (params: Record<string, string>) => ledgerQuery.parse(params);

describe("ledger keyset paging", () => {
  it("walks the whole ledger newest first, with equal timestamps, missing and repeating nothing", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listLedgerEntries({ actor: agent, accountId, query: query({ limit: "50", ...(cursor ? { cursor } : {}) }) });
      seen.push(...page.entries.map((e) => e.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(Math.ceil(ENTRIES / 50));
    expect(new Set(seen).size).toBe(ENTRIES);
    const expected = Array.from({ length: ENTRIES }, (_, i) => `${run}_e${i}`).reverse();
    expect(seen).toEqual(expected);
    // One access-log row per page looked at.
    expect(await db.auditLog.count({ where: { actorId: agent.id, action: "account.ledger.view", accountId } })).toBe(pages);
  });

  it("applies the type filter across pages", async () => {
    const first = await listLedgerEntries({ actor: agent, accountId, query: query({ type: "TOP_UP", limit: "100" }) });
    const second = await listLedgerEntries({ actor: agent, accountId, query: query({ type: "TOP_UP", limit: "100", cursor: first.nextCursor! }) });
    expect([...first.entries, ...second.entries].every((e) => e.type === "TOP_UP")).toBe(true);
    expect(first.entries.length + second.entries.length).toBe(Math.ceil(ENTRIES / 3));
  });

  it("refuses a tampered cursor in the query's one schema, naming the cursor, so nothing is read or logged", () => {
    const parsed = ledgerQuery.safeParse({ cursor: encodeCursor({ t: "soon", s: 1 }) });
    expect(parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join("."))).toEqual(["cursor"]);
  });

  it("answers an unknown account with NOT_FOUND and logs no view", async () => {
    const unknown = `acc_missing_${run}`;
    await expect(listLedgerEntries({ actor: agent, accountId: unknown, query: query({}) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.auditLog.count({ where: { accountId: unknown } })).toBe(0);
  });

  it("logs who looked at which page with which filters, and from which ticket", async () => {
    const ticket = await db.ticket.create({ data: { subject: "Balance below zero", accountId }, select: { id: true, number: true } });
    await listLedgerEntries({ actor: agent, accountId, query: query({ type: "TOP_UP", ticket: String(ticket.number) }), ip: "203.0.113.9" });
    const row = await db.auditLog.findFirstOrThrow({ where: { actorId: agent.id, accountId }, orderBy: { id: "desc" } });
    expect(row).toMatchObject({ actorRole: "AGENT", action: "account.ledger.view", targetType: "WalletAccount", targetId: accountId, ip: "203.0.113.9" });
    expect(row.metadata).toMatchObject({ page: "first", ticketId: ticket.id, ticketNumber: ticket.number, filters: { type: ["TOP_UP"] } });
  });

  it("names no ticket in the access log when the ticket given is another account's, or does not exist", async () => {
    const other = await db.walletAccount.create({ data: { id: `acc_paging_other_${run}`, ownerName: "Chen Jie", phone: `195${String(Date.now()).slice(-8)}`, phoneMasked: "195****0000" } });
    const foreign = await db.ticket.create({ data: { subject: "Someone else's case", accountId: other.id }, select: { number: true } });
    try {
      for (const ticket of [String(foreign.number), "2147483647", "99999999999"]) {
        await listLedgerEntries({ actor: agent, accountId, query: query({ ticket }) });
        const view = await db.auditLog.findFirstOrThrow({ where: { actorId: agent.id, accountId, action: "account.ledger.view" }, orderBy: { id: "desc" } });
        expect(view.metadata).not.toHaveProperty("ticketNumber");
        expect(view.metadata).not.toHaveProperty("ticketId");
        const stream = await streamLedgerCsv({ actor: agent, accountId, query: query({ ticket, limit: "1" }) });
        await stream.cancel();
        const exported = await db.auditLog.findFirstOrThrow({ where: { actorId: agent.id, accountId, action: "account.ledger.export" }, orderBy: { id: "desc" } });
        expect(exported.metadata).not.toHaveProperty(["filters", "ticket"]);
        expect(exported.metadata).not.toHaveProperty("ticketNumber");
      }
    } finally {
      await db.walletAccount.delete({ where: { id: other.id } });
    }
  });

  it("exports the filtered ledger as CSV, every entry once, as one access-log row", async () => {
    const stream = await streamLedgerCsv({ actor: agent, accountId, query: query({ status: "POSTED" }) });
    const lines = (await new Response(stream).text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe("occurred_at,entry_id,type,status,amount_minor,amount,counterparty,description");
    expect(lines).toHaveLength(ENTRIES + 1);
    expect(lines[1]).toContain(`${run}_e${ENTRIES - 1},`);
    expect(await db.auditLog.count({ where: { actorId: agent.id, action: "account.ledger.export", accountId, metadata: { path: ["filters", "status"], equals: "POSTED" } } })).toBe(1);
  });
});
