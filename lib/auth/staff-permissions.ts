import type { Role } from "@/generated/prisma/enums";

/*
 * What each staff role may do: the one table (docs/permissions.md shows it, and a unit test keeps
 * the two equal). The lib/ function that touches the data calls assertCan() before its query.
 */
export const PERMISSIONS = {
  "tickets.view": ["AGENT", "SUPERVISOR", "ADMIN"],
  "tickets.claim": ["AGENT", "SUPERVISOR", "ADMIN"],
  "tickets.reply": ["AGENT", "SUPERVISOR", "ADMIN"],
  "tickets.resolve": ["AGENT", "SUPERVISOR", "ADMIN"],
  "tickets.assign": ["SUPERVISOR", "ADMIN"],
  "tickets.override": ["SUPERVISOR", "ADMIN"],
  "accounts.view": ["AGENT", "SUPERVISOR", "ADMIN"],
  "accounts.export": ["AGENT", "SUPERVISOR", "ADMIN"],
  "accounts.freeze": ["AGENT", "SUPERVISOR", "ADMIN"],
  "accounts.unfreeze": ["SUPERVISOR", "ADMIN"],
  "adjustments.request": ["AGENT", "SUPERVISOR", "ADMIN"],
  "adjustments.approve": ["SUPERVISOR", "ADMIN"],
  "audit.browse": ["SUPERVISOR", "ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Pure: whether a role may do this. Wallet users may do none of it. */
export function can(role: Role | null | undefined, permission: Permission): boolean {
  return role ? (PERMISSIONS[permission] as readonly Role[]).includes(role) : false;
}
