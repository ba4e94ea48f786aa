import type { Role } from "@/generated/prisma/enums";

/** Who may edit, publish and review the help center: supervisors and admins, not agents. */
export const HELP_EDITOR_ROLES: readonly Role[] = ["SUPERVISOR", "ADMIN"];

export function canEditHelp(role: Role): boolean {
  return HELP_EDITOR_ROLES.includes(role);
}
