import { NextResponse } from "next/server";
import { apiError, jsonResponse } from "@/lib/http/api-error";
import { apiRoute } from "@/lib/http/api-route";
import { isJsonRequest } from "@/lib/http/content-type";
import { recordAudit } from "@/lib/audit/record-audit";
import { clientIp } from "@/lib/auth/client-ip";
import { STAFF_ROLES } from "@/lib/auth/session-user";
import { authorizeApi } from "@/lib/authz";
import { diagnoseAccount } from "@/lib/diagnosis/diagnose-account";
import { parseAccountHistory } from "@/lib/diagnosis/parse-account-history";
import { readHistoryJson } from "@/lib/diagnosis/read-history-json";
import { MAX_DIAGNOSE_BODY_BYTES, MAX_DIAGNOSE_ENTRIES } from "@/lib/diagnosis-api/diagnose-request-limits";

export const dynamic = "force-dynamic";

/** Staff only: body = AccountHistory (the contract), answer = Diagnosis. */
export const POST = apiRoute(async (request) => {
  const auth = await authorizeApi(request, { roles: STAFF_ROLES });
  if (auth instanceof NextResponse) return auth;
  if (!isJsonRequest(request)) return apiError(415, "unsupported_media_type", "Send the AccountHistory as JSON (Content-Type application/json).");

  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_DIAGNOSE_BODY_BYTES) return tooLarge();
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_DIAGNOSE_BODY_BYTES) return tooLarge();
  const read = readHistoryJson(text);
  if (!read.ok && read.problem === "empty") {
    return apiError(400, "invalid_input", "The request body is empty: send an AccountHistory JSON object.", { errors: [read.error] });
  }
  if (!read.ok) return apiError(400, "invalid_json", `The request body is not valid JSON: ${read.reason}`);
  const body = read.value;
  const entries = (body as { entries?: unknown } | null)?.entries;
  if (Array.isArray(entries) && entries.length > MAX_DIAGNOSE_ENTRIES) return tooLarge(entries.length);

  const parsed = parseAccountHistory(body);
  if (!parsed.ok) {
    const first = parsed.errors[0]!;
    return apiError(400, "invalid_input", `${first.path}: ${first.message}`, { errors: parsed.errors });
  }
  const diagnosis = diagnoseAccount(parsed.history);
  await recordAudit({
    actor: auth,
    action: "diagnosis.api",
    targetType: "AccountHistory",
    targetId: parsed.history.account.id,
    ip: clientIp(request.headers),
    metadata: { entries: parsed.history.entries.length, primaryCause: diagnosis.primaryCause },
  });
  return jsonResponse(diagnosis);
});

function tooLarge(entryCount?: number) {
  const message =
    entryCount === undefined
      ? `The request body is larger than ${MAX_DIAGNOSE_BODY_BYTES / 1024 / 1024} MB.`
      : `entries: ${entryCount} entries is more than the ${MAX_DIAGNOSE_ENTRIES} this endpoint accepts; use the command line for bigger files.`;
  return apiError(413, "too_large", message, { maxEntries: MAX_DIAGNOSE_ENTRIES, maxBytes: MAX_DIAGNOSE_BODY_BYTES });
}
