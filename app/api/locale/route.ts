import { NextResponse } from "next/server";
import { apiError } from "@/lib/http/api-error";
import { apiRoute } from "@/lib/http/api-route";
import { isFormRequest, isJsonRequest, mediaType } from "@/lib/http/content-type";
import { readRequestBody } from "@/lib/http/read-body";
import { safeRedirectPath } from "@/lib/http/safe-redirect-path";
import { usesSecureCookies } from "@/lib/http/secure-cookies";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { LOCALE_COOKIE_MAX_AGE_SECONDS, localeSwitchInput } from "@/lib/i18n/locale-switch";

/** A locale and a path: anything bigger is not from our form. */
const MAX_BODY_BYTES = 8 * 1024;

/**
 * Language switch. A plain form POST (works without JavaScript) gets a 303 back to the page it
 * came from; a JSON request gets JSON. Either way the choice is kept in a cookie for a year.
 */
export const POST = apiRoute(async (request) => {
  const isJson = isJsonRequest(request);
  if (!isJson && !isFormRequest(request)) {
    return apiError(415, "unsupported_media_type", "Send the language switch as a form or as JSON (Content-Type application/json).");
  }
  const read = await readRequestBody(request, MAX_BODY_BYTES);
  if (!read.ok) return apiError(413, "too_large", `The request body is larger than ${MAX_BODY_BYTES} bytes.`, { maxBytes: MAX_BODY_BYTES });
  const body = await decodeBody(read.bytes, request, isJson);
  if (!body.ok) return apiError(400, isJson ? "invalid_json" : "invalid_form", `The request body could not be read: ${body.reason}`);

  const parsed = localeSwitchInput.safeParse(body.value);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => ({ path: issue.path.join(".") || "(root)", message: issue.message }));
    return apiError(400, "invalid_input", `${errors[0]!.path}: ${errors[0]!.message}`, { errors });
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
    secure: usesSecureCookies(),
  });
  return response;
});

type Decoded = { ok: true; value: unknown } | { ok: false; reason: string };

async function decodeBody(bytes: Uint8Array<ArrayBuffer>, request: Request, isJson: boolean): Promise<Decoded> {
  try {
    if (isJson) return { ok: true, value: JSON.parse(new TextDecoder().decode(bytes)) as unknown };
    const form = await new Response(bytes, { headers: { "content-type": request.headers.get("content-type") ?? mediaType(request) } }).formData();
    const redirectTo = form.get("redirectTo");
    return { ok: true, value: { locale: form.get("locale") ?? undefined, redirectTo: redirectTo || undefined } };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Without an explicit target, go back to the referring page when it is on this site. */
function refererPath(request: Request): string {
  const referer = request.headers.get("referer");
  if (!referer) return "/";
  try {
    const url = new URL(referer);
    return (url.host === request.headers.get("host") && safeRedirectPath(url.pathname + url.search)) || "/";
  } catch {
    return "/";
  }
}
