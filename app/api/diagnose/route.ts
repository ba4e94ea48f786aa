import { NextResponse } from "next/server";
import { recordAudit } from "@/lib/audit/record-audit";
import { clientIp } from "@/lib/auth/client-ip";
import { STAFF_ROLES } from "@/lib/auth/session-user";
import { authorizeApi } from "@/lib/authz";
import { diagnoseRateRule } from "@/lib/diagnosis-api/diagnose-rate-limit";
import { API_LIMITS, DIAGNOSE_TIME_BUDGET_MS } from "@/lib/diagnosis-api/diagnose-request-limits";
import { runDiagnosisJob } from "@/lib/diagnosis-api/run-diagnosis-job";
import type { Diagnosis } from "@/lib/diagnosis/diagnosis-types";
import { apiError, jsonResponse } from "@/lib/http/api-error";
import { apiRoute } from "@/lib/http/api-route";
import { isJsonRequest } from "@/lib/http/content-type";
import { consumeRateLimit } from "@/lib/http/rate-limit";
import { readRequestBody } from "@/lib/http/read-body";

export const dynamic = "force-dynamic";

const LIMITS = { maxBytes: API_LIMITS.maxBytes, maxEntries: API_LIMITS.maxEntries, maxLogins: API_LIMITS.maxLogins, maxSecurityEvents: API_LIMITS.maxSecurityEvents };

/**
 * Staff only: body = AccountHistory (the contract), answer = Diagnosis. Cheap refusals first
 * (session, Content-Type, the per-user rate limit in PostgreSQL, bytes counted while reading),
 * then everything CPU-heavy in a worker thread with a time budget (docs/decisions/009).
 */
export const POST = apiRoute(async (request) => {
  const auth = await authorizeApi(request, { roles: STAFF_ROLES });
  if (auth instanceof NextResponse) return auth;
  if (!isJsonRequest(request)) return apiError(415, "unsupported_media_type", "Send the AccountHistory as JSON (Content-Type application/json).");

  const rate = await consumeRateLimit({ key: `diagnose:${auth.id}`, rule: diagnoseRateRule() });
  if (!rate.ok) {
    return apiError(429, "rate_limited", `Too many diagnoses in a minute: try again in ${rate.retryAfterSeconds} s.`, {
      retryAfterSeconds: rate.retryAfterSeconds,
      headers: { "Retry-After": String(rate.retryAfterSeconds) },
    });
  }

  const read = await readRequestBody(request, API_LIMITS.maxBytes);
  if (!read.ok) return apiError(413, "too_large", `The request body is larger than ${API_LIMITS.maxBytes / 1024 / 1024} MB.`, LIMITS);

  const outcome = await runDiagnosisJob(read.bytes, API_LIMITS);
  if (!outcome.ok) {
    switch (outcome.problem) {
      case "invalid_json":
        return apiError(400, "invalid_json", outcome.message);
      case "invalid_input":
        return apiError(400, "invalid_input", outcome.message, { errors: outcome.errors, ...(outcome.moreErrors > 0 ? { moreErrors: outcome.moreErrors } : {}) });
      case "too_large":
        return apiError(413, "too_large", `${outcome.message}; use the command line for bigger files.`, { errors: outcome.errors, ...LIMITS });
      case "timeout":
        return apiError(413, "too_large", `Checking this history took longer than ${DIAGNOSE_TIME_BUDGET_MS / 1000} s; use the command line for it.`, LIMITS);
      case "busy":
        return apiError(503, "busy", "Too many diagnoses are running right now: try again in a few seconds.", { headers: { "Retry-After": "5" } });
      case "out_of_memory":
        return apiError(413, "too_large", "This history needs more memory than one request may use; use the command line for it.", LIMITS);
      case "crashed":
        throw new Error("the diagnosis worker stopped unexpectedly");
    }
  }

  const diagnosis = outcome.output as Diagnosis;
  await recordAudit({
    actor: auth,
    action: "diagnosis.api",
    targetType: "AccountHistory",
    targetId: outcome.accountId,
    ip: clientIp(request.headers),
    metadata: { entries: outcome.entryCount, primaryCause: diagnosis.primaryCause },
  });
  return jsonResponse(diagnosis);
});
