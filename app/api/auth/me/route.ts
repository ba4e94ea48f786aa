import { NextResponse } from "next/server";
import { authorizeApi } from "@/lib/authz";
import { jsonResponse } from "@/lib/http/api-error";
import { apiRoute } from "@/lib/http/api-route";

/** Who is signed in: 401 `{ error: "unauthenticated", message }` without a session. */
export const GET = apiRoute(async (request) => {
  const user = await authorizeApi(request);
  if (user instanceof NextResponse) return user;
  return jsonResponse({ user: { id: user.id, role: user.role, name: user.name, locale: user.locale } });
});
