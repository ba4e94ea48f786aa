import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authorizeCodeSignIn } from "@/lib/auth/authorize-code-sign-in";
import { authorizeSignIn, type AuthorizeSignInResult } from "@/lib/auth/authorize-sign-in";
import { clientIp } from "@/lib/auth/client-ip";
import { SESSION_MAX_AGE_SECONDS, authTimeAt } from "@/lib/auth/session-lifetime";
import { encodeSignInError } from "@/lib/auth/sign-in-errors";
import type { SignInProvider } from "@/lib/auth/sign-in-schemas";
import { authSecret } from "@/lib/env";
import { usesSecureCookies } from "@/lib/http/secure-cookies";

type Authorize = (options: { credentials: Record<string, unknown> | undefined; ip: string }) => Promise<AuthorizeSignInResult>;

function credentialsProvider(id: SignInProvider | "wallet-code", fields: Record<string, { label: string; type: string }>, check: Authorize) {
  return CredentialsProvider({
    id,
    name: id,
    credentials: fields,
    async authorize(credentials, request) {
      let result;
      try {
        result = await check({ credentials, ip: clientIp(request?.headers) });
      } catch (error) {
        // next-auth would put the raw message (e.g. a database error) in the browser's URL.
        console.error("sign-in failed unexpectedly", error);
        throw new Error(encodeSignInError({ code: "unavailable" }), { cause: error });
      }
      // next-auth hands a thrown Error's message to signIn()'s `error`: that is how the form
      // learns *why* (lib/auth/sign-in-errors.ts), without revealing whether the account exists.
      if (!result.ok) throw new Error(encodeSignInError(result.error));
      return result.user;
    },
  });
}

export const authOptions: NextAuthOptions = {
  // A getter so that importing this module (as `next build` does) never needs NEXTAUTH_SECRET;
  // authSecret() throws a readable error at the first real use when it is missing.
  get secret() {
    return authSecret();
  },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  // Secure cookies exactly when the public URL is https, even though Next sees plain http
  // behind a TLS-terminating proxy (lib/http/secure-cookies.ts).
  get useSecureCookies() {
    return usesSecureCookies();
  },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  providers: [
    credentialsProvider("wallet", { phone: { label: "phone", type: "tel" }, password: { label: "password", type: "password" } }, (options) =>
      authorizeSignIn({ provider: "wallet", ...options }),
    ),
    credentialsProvider("staff", { email: { label: "email", type: "email" }, password: { label: "password", type: "password" } }, (options) =>
      authorizeSignIn({ provider: "staff", ...options }),
    ),
    // Phone number + SMS one-time code (docs/decisions/020-sms-code-sign-in.md).
    credentialsProvider("wallet-code", { phone: { label: "phone", type: "tel" }, code: { label: "code", type: "text" } }, authorizeCodeSignIn),
  ],
  // next-auth's own pages (GET /api/auth/signin, /api/auth/error) lead to ours.
  pages: { signIn: "/signin", error: "/signin" },
  callbacks: {
    jwt({ token, user }) {
      // `user` is only present right after authorize(): copy what the session needs, once.
      if (user) {
        token.user = { id: user.id, role: user.role, name: user.name ?? "", locale: user.locale, walletAccountId: user.walletAccountId };
        token.sessionVersion = user.sessionVersion;
        token.sub = user.id;
        // The session's hard end is 8 hours from here, however often next-auth re-issues the
        // token (lib/auth/session-lifetime.ts; every reader checks it).
        token.authTime = authTimeAt(Date.now());
      }
      return token;
    },
    session({ session, token }) {
      if (token.user) session.user = token.user;
      session.sessionVersion = token.sessionVersion;
      session.authTime = token.authTime;
      return session;
    },
  },
  // Sign-out is audited (once, with the IP) and ends the user's sessions in endSession(),
  // called by both sign-out routes; not in events.signOut, which has no request.
};
