import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";

/** Active staff a supervisor can give a ticket to. */
export async function listAssignableStaff({ actor }: { actor: SessionUser | null }) {
  assertCan(actor, "tickets.assign");
  return db.portalUser.findMany({ where: { role: { in: ["AGENT", "SUPERVISOR", "ADMIN"] }, disabledAt: null }, orderBy: { name: "asc" }, take: 200, select: { id: true, name: true } });
}
