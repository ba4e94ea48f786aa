import type { NextRequest } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { ISSUE_SENTENCES } from "@/lib/auth/code-request-schema";
import { WEAK_PASSWORD_ERROR } from "@/lib/auth/sign-in-fields";
import { resetPassword } from "@/lib/auth/reset-password";
import { apiError, jsonResponse } from "@/lib/http/api-error";
import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/read-json-body";

const MAX_BODY_BYTES = 2048;

/**
 * A new password with an SMS code (purpose "password"): a reset, or a first password. Every
 * session of that user ends (decision 008); the page then signs in with the new password.
 */
export const POST = apiRoute(async (request: NextRequest) => {
  const body = await readJsonBody(request, MAX_BODY_BYTES);
  if (!body.ok) return body.response;
  const result = await resetPassword({ input: body.value, ip: clientIp(request.headers) });
  if (result.ok) return jsonResponse({ reset: true });
  switch (result.error) {
    case "invalid-input": {
      const errors = result.issues.map((issue) => ({ path: issue.field, message: ISSUE_SENTENCES[issue.issue] ?? issue.issue }));
      return apiError(400, "invalid_input", `${errors[0]?.path ?? "(root)"}: ${errors[0]?.message ?? "invalid"}`, { errors });
    }
    case "weak-password": {
      const sentence = ISSUE_SENTENCES[result.issue.issue] ?? result.issue.issue;
      return apiError(400, WEAK_PASSWORD_ERROR, `password: ${sentence}`, { errors: [{ path: "password", message: sentence }] });
    }
    case "invalid-code":
      return apiError(400, "invalid_code", "This code is not right, has expired or was already used: ask for a new one.", {
        errors: [{ path: "code", message: "wrong, expired or already used" }],
      });
    case "throttled":
      return apiError(429, "rate_limited", `Too many attempts: try again in ${result.retryAfterSeconds} seconds.`, {
        retryAfterSeconds: result.retryAfterSeconds,
        headers: { "Retry-After": String(result.retryAfterSeconds) },
      });
  }
});
