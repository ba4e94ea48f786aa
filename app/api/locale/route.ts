import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { safeRedirectPath } from "@/lib/http/safe-redirect-path";
import { LOCALE_COOKIE_MAX_AGE_SECONDS, localeSwitchInput } from "@/lib/i18n/locale-switch";

/**
 * Language switch. A plain form POST (works without JavaScript) gets a 303 back to the page it
 * came from; a JSON request gets JSON. Either way the choice is kept in a cookie for a year.
 */
export async function POST(request: NextRequest) {
  const isJson = (request.headers.get("content-type") ?? "").includes("application/json");
  const body = await readBody(request, isJson);
  if (body === null) {
    return NextResponse.json({ error: "The request body could not be read" }, { status: 400 });
  }

  const parsed = localeSwitchInput.safeParse(body);
  if (!parsed.success) {
    const fields = Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join(".") || "body", issue.message]));
    return NextResponse.json({ error: "Invalid language switch request", fields }, { status: 400 });
  }

  const { locale } = parsed.data;
  const response = isJson
    ? NextResponse.json({ locale })
    : // A relative Location keeps the user on this host even behind a proxy.
      new NextResponse(null, { status: 303, headers: { Location: parsed.data.redirectTo ?? refererPath(request) } });
  response.cookies.set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: LOCALE_COOKIE_MAX_AGE_SECONDS,
    sameSite: "lax",
    httpOnly: true,
    secure: request.nextUrl.protocol === "https:",
  });
  return response;
}

async function readBody(request: NextRequest, isJson: boolean): Promise<unknown> {
  try {
    if (isJson) return await request.json();
    const form = await request.formData();
    const redirectTo = form.get("redirectTo");
    return { locale: form.get("locale") ?? undefined, redirectTo: redirectTo || undefined };
  } catch {
    return null;
  }
}

/** Without an explicit target, go back to the referring page when it is on this site. */
function refererPath(request: NextRequest): string {
  const referer = request.headers.get("referer");
  if (!referer) return "/";
  try {
    const url = new URL(referer);
    return (url.host === request.headers.get("host") && safeRedirectPath(url.pathname + url.search)) || "/";
  } catch {
    return "/";
  }
}
