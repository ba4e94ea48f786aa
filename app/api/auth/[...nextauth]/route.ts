import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

// next-auth 4 types its App Router handler as `any`.
const handler = NextAuth(authOptions) as (request: Request, context: RouteContext) => Promise<Response>;

export { handler as GET, handler as POST };
