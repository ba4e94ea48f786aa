import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors/app-error";
import { canEditHelp } from "@/lib/help/editor-roles";

/** Every editor function checks its actor itself: a page that forgot to still leaks nothing. */
export function requireHelpEditor(actor: SessionUser | null): SessionUser {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (!canEditHelp(actor.role)) throw new AppError("FORBIDDEN", "Only supervisors and admins edit the help center.");
  return actor;
}
