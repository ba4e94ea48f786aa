import "server-only";
import { db } from "@/lib/db";

/**
 * Deletes expired wizard sessions that were never handed to support (for the periodic job).
 * A session a ticket points to is kept: the agent still needs its path.
 */
export async function pruneWizardSessions(): Promise<number> {
  return db.$executeRaw`DELETE FROM "WizardSession" w WHERE w."expiresAt" < now() AND NOT EXISTS (SELECT 1 FROM "Ticket" t WHERE t."wizardSessionId" = w."id")`;
}
