import type { Role } from "@/generated/prisma/enums";

/** What a signed-in person carries in the JWT session; the database stays the source of truth. */
export type SessionUser = {
  id: string;
  role: Role;
  name: string;
  locale: string;
  walletAccountId: string | null;
};

export const STAFF_ROLES: readonly Role[] = ["AGENT", "SUPERVISOR", "ADMIN"];

export function isStaff(role: Role): boolean {
  return STAFF_ROLES.includes(role);
}
