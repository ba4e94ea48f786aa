import { NextResponse } from "next/server";
import { authorizeApi } from "@/lib/authz";

/** Who is signed in: 401 `{ error: "unauthenticated" }` without a session. */
export async function GET(request: Request) {
  const user = await authorizeApi(request);
  if (user instanceof NextResponse) return user;
  return NextResponse.json({ user: { id: user.id, role: user.role, name: user.name, locale: user.locale } }, { headers: { "Cache-Control": "no-store" } });
}
