import { apiError } from "./api-error";

/**
 * A handler for a method a route does not have, in the one error shape (Next's own 405 has no
 * body). Needed where a dot segment makes one route's address another's: POST
 * /api/tickets/./messages reaches GET-only /api/tickets/[number].
 */
export function methodNotAllowed(allow: readonly string[]) {
  return () => apiError(405, "method_not_allowed", `This address answers ${allow.join(", ")} only.`, { headers: { Allow: allow.join(", ") } });
}
