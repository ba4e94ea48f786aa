// Writes the demo world (buildDemoDataset) in one transaction: either all of it or nothing.
import type { PrismaClient } from "@/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { buildDemoDataset, type DemoDataset } from "./build-demo-dataset";
import { DEMO_PASSWORDS, STAFF_LOGINS } from "./demo-logins";
import { buildFaqRows } from "./faq/build-faq-rows";
import { PERSONA_STORIES } from "./scenarios";

export { DEMO_NOW } from "./demo-clock";

export type SeedSummary = {
  accounts: number;
  negativeAccounts: number;
  entries: number;
  pendingEntries: number;
  devices: number;
  logins: number;
  securityEvents: number;
  promotions: number;
  portalUsers: number;
  tickets: number;
  ticketMessages: number;
  ticketEvents: number;
  auditLogs: number;
};

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * One INSERT per table from a JSON array, typed by the table's own row type. Prisma's createMany
 * took ~1.5 ms a row here (18 s for the ledger); this writes the whole world in about a second.
 * Rows go in array order, so `seq` and ticket numbers follow the dataset's order. A bigint (the
 * row types allow it for money) is written as its exact decimal text, which PostgreSQL reads
 * into a BIGINT column; JSON.stringify would throw on it.
 */
async function insertRows(tx: Tx, table: string, rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))].map((c) => `"${c}"`).join(", ");
  await tx.$executeRawUnsafe(`INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", $1::json)`, JSON.stringify(rows, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value)));
}

export function summarizeDataset(data: DemoDataset): SeedSummary {
  return {
    accounts: data.accounts.length,
    negativeAccounts: data.accounts.filter((a) => (a.balanceMinor ?? 0) < 0).length,
    entries: data.entries.length,
    pendingEntries: data.entries.filter((e) => e.status === "PENDING").length,
    devices: data.devices.length,
    logins: data.logins.length,
    securityEvents: data.securityEvents.length,
    promotions: data.promotions.length,
    portalUsers: data.portalUsers.length,
    tickets: data.tickets.length,
    ticketMessages: data.ticketMessages.length,
    ticketEvents: data.ticketEvents.length,
    auditLogs: data.auditLogs.length,
  };
}

/** True when any persona account or staff login of the demo world is already in the database. */
export async function hasDemoData(db: PrismaClient): Promise<boolean> {
  const [accounts, staff] = await Promise.all([
    db.walletAccount.count({ where: { id: { in: PERSONA_STORIES.map((s) => `acc_${s.slug}`) } } }),
    db.portalUser.count({ where: { email: { in: STAFF_LOGINS.map((s) => s.email) } } }),
  ]);
  return accounts + staff > 0;
}

/**
 * Seeds the demo world into a database without it (ids are fixed, so a second run fails on
 * unique ids rather than duplicating). Every row is identical between runs except the salted
 * password hashes.
 */
export async function seedDemoData(db: PrismaClient): Promise<SeedSummary> {
  const data = buildDemoDataset();
  const faq = buildFaqRows();
  // argon2id takes ~20 ms: one hash per distinct password, shared by every user who has it.
  const [staffHash, walletHash] = await Promise.all([hashPassword(DEMO_PASSWORDS.staff), hashPassword(DEMO_PASSWORDS.wallet)]);
  const portalUsers = data.portalUsers.map(({ password, ...user }) => ({ ...user, passwordHash: password === "staff" ? staffHash : walletHash }));
  await db.$transaction(
    async (tx) => {
      await insertRows(tx, "Promotion", data.promotions);
      await insertRows(tx, "WalletAccount", data.accounts);
      await insertRows(tx, "Device", data.devices);
      await insertRows(tx, "Login", data.logins);
      await insertRows(tx, "SecurityEvent", data.securityEvents);
      // Related entries come before the entries pointing at them, and seq follows this order.
      await insertRows(tx, "LedgerEntry", data.entries);
      await insertRows(tx, "PortalUser", portalUsers);
      await insertRows(tx, "Ticket", data.tickets);
      await insertRows(tx, "TicketMessage", data.ticketMessages);
      await insertRows(tx, "TicketEvent", data.ticketEvents);
      await insertRows(tx, "AuditLog", data.auditLogs);
      await insertRows(tx, "FaqArticle", faq.articles);
      await insertRows(tx, "FaqRevision", faq.revisions);
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return summarizeDataset(data);
}
