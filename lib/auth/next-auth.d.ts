import type { SessionUser } from "@/lib/auth/session-user";

// What the portal keeps in next-auth's JWT and session (see lib/auth/auth-options.ts).
declare module "next-auth" {
  interface Session {
    user: SessionUser;
    /** PortalUser.sessionVersion at sign-in: the session ends when the column moves on. */
    sessionVersion?: number;
    /** Sign-in time (seconds): the session ends 8 hours later (lib/auth/session-lifetime.ts). */
    authTime?: number;
  }
  // authorize() returns a SessionUser and the user's current session version.
  interface User extends SessionUser {
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    user?: SessionUser;
    sessionVersion?: number;
    /** Sign-in time (seconds since the epoch), set once by the jwt callback. */
    authTime?: number;
  }
}
