// `--reset`: empties every application table (not the migration history) and restarts the
// sequences, so a reseed numbers tickets and ledger `seq` exactly as on a fresh database.
import type { PrismaClient } from "@/generated/prisma/client";

/** Children before parents; CASCADE covers any table added later that points at these. */
const TABLES_IN_DEPENDENCY_ORDER = [
  "TicketViewer",
  "TicketEvent",
  "TicketMessage",
  "Ticket",
  "WizardSession",
  "LedgerEntry",
  "SecurityEvent",
  "Login",
  "Device",
  "PortalUser",
  "WalletAccount",
  "Promotion",
  "AuditLog",
  "FaqFeedback",
  "FaqRevision",
  "FaqArticle",
  "FaqSearchMiss",
  "SignInThrottle",
  "IdempotencyKey",
];

export async function resetDatabase(db: PrismaClient): Promise<string[]> {
  const rows = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
  const existing = new Set(rows.map((r) => r.tablename));
  const known = TABLES_IN_DEPENDENCY_ORDER.filter((t) => existing.has(t));
  const others = [...existing].filter((t) => !TABLES_IN_DEPENDENCY_ORDER.includes(t)).sort();
  const tables = [...others, ...known];
  if (tables.length === 0) return [];
  // The audit log refuses UPDATE and DELETE, but TRUNCATE is allowed for exactly this.
  await db.$executeRawUnsafe(`TRUNCATE TABLE ${tables.map((t) => `"${t.replaceAll('"', '""')}"`).join(", ")} RESTART IDENTITY CASCADE`);
  return tables;
}
