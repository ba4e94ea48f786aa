import type { SessionUser } from "@/lib/auth/session-user";

// What the portal keeps in next-auth's JWT and session (see lib/auth/auth-options.ts).
declare module "next-auth" {
  interface Session {
    user: SessionUser;
  }
  // authorize() returns exactly a SessionUser.
  interface User extends SessionUser {}
}

declare module "next-auth/jwt" {
  interface JWT {
    user?: SessionUser;
  }
}
