import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/auth-options";
import { apiError } from "@/lib/http/api-error";
import { apiRoute } from "@/lib/http/api-route";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

// next-auth 4 types its App Router handler as `any`.
const nextAuth = NextAuth(authOptions) as (request: NextRequest, context: RouteContext) => Promise<Response>;

// What next-auth 4 answers per method; anything else is a 404 in our error shape, not its text page.
const ACTIONS: Record<"GET" | "POST", ReadonlySet<string>> = {
  GET: new Set(["providers", "session", "csrf", "signin", "signout", "callback", "verify-request", "error", "_log"]),
  POST: new Set(["signin", "signout", "callback", "session", "_log"]),
};

function route(method: "GET" | "POST") {
  return apiRoute<RouteContext>(async (request, context) => {
    const [action = ""] = (await context.params).nextauth;
    // Our providers are credentials forms: their callback only takes the POSTed form.
    if (method === "GET" && action === "callback") {
      return apiError(405, "method_not_allowed", "Sign in by POSTing the sign-in form to this address.", { headers: { Allow: "POST" } });
    }
    if (!ACTIONS[method].has(action)) return apiError(404, "not_found", `There is no ${method} /api/auth/${action}.`);
    return nextAuth(request, context);
  });
}

export const GET = route("GET");
export const POST = route("POST");
