import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors/app-error";
import { can, type Permission } from "./staff-permissions";

/** The check at the top of every agent-side lib/ function: no actor 401, wrong role 403. */
export function assertCan(actor: SessionUser | null, permission: Permission): asserts actor is SessionUser {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (!can(actor.role, permission)) throw new AppError("FORBIDDEN");
}
