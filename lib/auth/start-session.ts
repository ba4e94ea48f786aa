import "server-only";
import { cookies } from "next/headers";
import type { User } from "next-auth";
import { encode } from "next-auth/jwt";
import { authOptions } from "@/lib/auth/auth-options";
import { isSessionCookieName } from "@/lib/auth/session-hint";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-lifetime";
import { authSecret } from "@/lib/env";
import { usesSecureCookies } from "@/lib/http/secure-cookies";

/**
 * Signs in, from a server action, someone authorizeSignIn / authorizeCodeSignIn accepted: the
 * session cookie next-auth's credentials callback would set (its default token through the same
 * `jwt` callback, encoded with the same secret, lifetime and cookie options). The sign-in forms
 * post to next-auth with JavaScript; without it they reach a server action, which has no
 * next-auth CSRF token to send (next-auth 4 has no server-side signIn), so it calls this instead.
 */
export async function startSession(options: { user: User; provider: "wallet" | "wallet-code" | "staff" }): Promise<void> {
  const { user, provider } = options;
  const jwt = authOptions.callbacks!.jwt!;
  const token = await jwt({
    token: { name: user.name, email: user.email, picture: user.image, sub: user.id },
    user,
    account: { providerAccountId: user.id, type: "credentials", provider },
    isNewUser: false,
    trigger: "signIn",
  });
  const value = await encode({ token, secret: authSecret(), maxAge: SESSION_MAX_AGE_SECONDS });
  const jar = await cookies();
  const name = sessionCookieName();
  // An older session cookie in chunks (name.0, name.1) would be read instead of this one.
  for (const cookie of jar.getAll()) if (cookie.name !== name && isSessionCookieName(cookie.name, name)) jar.delete(cookie.name);
  jar.set(name, value, { httpOnly: true, sameSite: "lax", path: "/", secure: usesSecureCookies(), expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000) });
}
