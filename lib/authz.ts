import "server-only";
import { getServerSession } from "next-auth";
import { getToken, type JWT } from "next-auth/jwt";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { NextRequest, NextResponse } from "next/server";
import { cache } from "react";
import type { Role } from "@/generated/prisma/enums";
import { authOptions } from "@/lib/auth/auth-options";
import { PATHNAME_HEADER } from "@/lib/auth/pathname-header";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { isSessionCurrent } from "@/lib/auth/session-lifetime";
import { isStaff, STAFF_ROLES, type SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { authSecret } from "@/lib/env";
import { NO_STORE } from "@/lib/http/api-error";

/*
 * The checks every server entry point makes FIRST (pages, server actions, route handlers).
 * proxy.ts only redirects early; these are the real gate.
 *
 * The JWT says who signed in; the database says who they are now. Each request re-reads the
 * user by primary key, so disabling someone or changing their role takes effect on their next
 * request instead of when their 8-hour token expires. The token also carries the user's
 * sessionVersion from sign-in: sign-out, a new password, a role change or disabling moves the
 * column on (docs/decisions/008-revocable-sessions.md), and every older token stops working.
 * And a token more than 8 hours after its sign-in is no session, however recently next-auth
 * re-issued it (lib/auth/session-lifetime.ts, decision 028).
 */


/** The user a token names, if that token is still current: same session version, not disabled. */
const loadUser = cache(async (id: string, sessionVersion: number | undefined): Promise<SessionUser | null> => {
  if (sessionVersion === undefined) return null;
  const user = await db.portalUser.findUnique({
    where: { id },
    select: { id: true, role: true, name: true, locale: true, walletAccountId: true, disabledAt: true, sessionVersion: true },
  });
  if (!user || user.disabledAt || user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, role: user.role, name: user.name, locale: user.locale, walletAccountId: user.walletAccountId };
});

/** The signed-in person for this request (server components, actions, route handlers), or null. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  // Cached per request: a staff page's layout, metadata and page each ask.
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  return id && isSessionCurrent(session, Date.now()) ? loadUser(id, session.sessionVersion) : null;
});

/** The session token of a request (cookie or `Authorization: Bearer`), as decoded: neither its age nor the database checked. */
export function readRequestToken(request: Request): Promise<JWT | null> {
  // A body-less copy: getToken only needs the cookies and Authorization header, and the
  // handler must still be able to read the original request's body.
  return getToken({ req: new NextRequest(request.url, { headers: request.headers }), secret: authSecret() });
}

/** The session token of a request and its user while the session is current (under 8 hours old, same version, not disabled). */
export async function readRequestSession(request: Request): Promise<{ token: JWT | null; user: SessionUser | null }> {
  const token = await readRequestToken(request);
  const id = token?.user?.id;
  return { token, user: id && isSessionCurrent(token, Date.now()) ? await loadUser(id, token.sessionVersion) : null };
}

type RequireOptions = { returnTo?: string };

async function signInRedirect(roles: readonly Role[], options: RequireOptions): Promise<never> {
  const staffOnly = roles.length > 0 && roles.every(isStaff);
  const returnTo = options.returnTo ?? (await headers()).get(PATHNAME_HEADER) ?? undefined;
  const target = safeCallbackUrl(returnTo, "");
  const page = staffOnly ? "/staff/signin" : "/signin";
  redirect(target ? `${page}?${new URLSearchParams({ callbackUrl: target })}` : page);
}

function deny(): never {
  // Renders app/forbidden.tsx with HTTP 403 (next.config.js enables experimental.authInterrupts).
  forbidden();
}

/** Any signed-in person; otherwise redirects to /signin?callbackUrl=<this page>. */
export async function requireUser(options: RequireOptions = {}): Promise<SessionUser> {
  const user = await getSessionUser();
  return user ?? signInRedirect([], options);
}

/** A signed-in person with one of `roles`: no session → the right sign-in page; wrong role → 403. */
export async function requireRole(roles: readonly Role[], options: RequireOptions = {}): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) return signInRedirect(roles, options);
  if (!roles.includes(user.role)) deny();
  return user;
}

/** An agent, supervisor or admin; otherwise /staff/signin (no session) or 403 (wallet user). */
export function requireStaff(options: RequireOptions = {}): Promise<SessionUser> {
  return requireRole(STAFF_ROLES, options);
}

const API_DENIALS = {
  401: { error: "unauthenticated", message: "Sign in first: this needs a session." },
  403: { error: "forbidden", message: "Your account's role may not use this." },
} as const;

function jsonError(status: 401 | 403): NextResponse {
  // The documented error shape (lib/http/api-error.ts); a NextResponse so handlers can test `instanceof`.
  return NextResponse.json(API_DENIALS[status], { status, headers: NO_STORE });
}

/**
 * For route handlers: the signed-in user, or a ready 401 `{ error: "unauthenticated", message }` /
 * 403 `{ error: "forbidden", message }` JSON response to return as is.
 *
 *   const auth = await authorizeApi(request, { roles: STAFF_ROLES });
 *   if (auth instanceof NextResponse) return auth;
 */
export async function authorizeApi(request: Request, options: { roles?: readonly Role[] } = {}): Promise<SessionUser | NextResponse> {
  const { user } = await readRequestSession(request);
  if (!user) return jsonError(401);
  if (options.roles && !options.roles.includes(user.role)) return jsonError(403);
  return user;
}
