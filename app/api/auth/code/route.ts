import type { NextRequest } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { codeRequestSchema, fieldErrors } from "@/lib/auth/code-request-schema";
import { requestOneTimeCode } from "@/lib/auth/request-one-time-code";
import { RESEND_AFTER_SECONDS } from "@/lib/auth/throttle-code-request";
import { apiError, jsonResponse } from "@/lib/http/api-error";
import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/read-json-body";
import { requestLocale } from "@/lib/i18n/request-locale";

const MAX_BODY_BYTES = 1024;

/**
 * "Send me a code" (to sign in, set a password, or prove the phone left on a ticket: purpose
 * `ticket`, decision 035). 202 `{ sent: true }` whether or not the phone has an account: the lookup
 * and the SMS happen after the answer has gone (`after`), so neither the answer nor its timing
 * says anything about the phone. Throttled per phone and per IP in PostgreSQL.
 */
export const POST = apiRoute(async (request: NextRequest) => {
  const body = await readJsonBody(request, MAX_BODY_BYTES);
  if (!body.ok) return body.response;
  const parsed = codeRequestSchema.safeParse(body.value);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    return apiError(400, "invalid_input", `${errors[0]!.path}: ${errors[0]!.message}`, { errors });
  }
  const { phone, purpose } = parsed.data;
  const ip = clientIp(request.headers);
  const locale = requestLocale(request.cookies, request.headers.get("accept-language"));
  const verdict = await requestOneTimeCode({ phone, purpose, ip, locale });
  if (!verdict.ok) {
    return apiError(429, "rate_limited", `Too many codes asked for: try again in ${verdict.retryAfterSeconds} seconds.`, {
      retryAfterSeconds: verdict.retryAfterSeconds,
      headers: { "Retry-After": String(verdict.retryAfterSeconds) },
    });
  }
  return jsonResponse({ sent: true, resendAfterSeconds: RESEND_AFTER_SECONDS }, { status: 202 });
});
