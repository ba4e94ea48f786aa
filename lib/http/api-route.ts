import type { NextRequest } from "next/server";
import { AppError } from "@/lib/errors/app-error";
import { isDatabaseUnavailable } from "@/lib/errors/database-unavailable";
import { apiError, appErrorResponse, serviceUnavailable } from "@/lib/http/api-error";
import { isCrossSiteRequest } from "@/lib/http/cross-site";

/** Set on every handler built by apiRoute(), so a test can check that no route skipped it. */
export const API_ROUTE = Symbol.for("portal.apiRoute");

type Handler<C> = (request: NextRequest, context: C) => Promise<Response> | Response;
export type ApiRouteHandler<C> = Handler<C> & { [API_ROUTE]: true };

/**
 * Every route handler under app/api is wrapped in this: the one place that refuses cross-site
 * state-changing calls (403 `cross_site`), turns a thrown AppError into its status, an
 * unreachable database into a 503 `service_unavailable` with Retry-After, and
 * anything unexpected into a 500 in the documented error shape (never a bare page or stack),
 * and makes every answer `Cache-Control: no-store`.
 *
 *   export const POST = apiRoute(async (request) => { ... });
 */
export function apiRoute<C = unknown>(handler: Handler<C>): ApiRouteHandler<C> {
  const wrapped = async (request: NextRequest, context: C): Promise<Response> => {
    if (isCrossSiteRequest(request)) {
      return apiError(403, "cross_site", "This request came from another site: send it from the portal's own pages.");
    }
    let response: Response;
    try {
      response = await handler(request, context);
    } catch (error) {
      if (error instanceof AppError) return appErrorResponse(error);
      if (isDatabaseUnavailable(error)) {
        // PostgreSQL is down or restarting: nothing was committed, and the same request (with its
        // Idempotency-Key) may simply be sent again (docs/decisions/030-database-outage.md).
        console.error(`${request.method} ${new URL(request.url).pathname}: the database is unreachable`, (error as Error).message);
        return serviceUnavailable();
      }
      console.error(`${request.method} ${new URL(request.url).pathname} failed`, error);
      return apiError(500, "internal", "Something went wrong on our side; it has been logged. Try again in a moment.");
    }
    return withNoStoreDefault(response);
  };
  return Object.assign(wrapped, { [API_ROUTE]: true as const });
}

function withNoStoreDefault(response: Response): Response {
  if (response.headers.has("Cache-Control")) return response;
  try {
    response.headers.set("Cache-Control", "no-store");
    return response;
  } catch {
    // Response.redirect() and friends have immutable headers: copy.
    const headers = new Headers(response.headers);
    headers.set("Cache-Control", "no-store");
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}
