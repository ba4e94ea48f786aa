import type { NextRequest } from "next/server";
import { isDirectLocalRequest } from "@/lib/auth/client-ip";
import { outboxQuerySchema, fieldErrors } from "@/lib/auth/code-request-schema";
import { listOutboxMessages } from "@/lib/auth/sms/list-outbox-messages";
import { runtimeSmsDecision } from "@/lib/auth/sms/sms-provider-setting";
import { apiError, jsonResponse } from "@/lib/http/api-error";
import { apiRoute } from "@/lib/http/api-route";

/**
 * The development SMS sender's outbox: what it "sent" to one phone, newest first, so someone
 * trying the portal can read their code. Exists only while that sender is in use; with a real
 * provider (or none) it is the same 404 as any unknown API path. In a deployment that chose the
 * development sender on purpose it answers only requests made on this machine, never through a
 * proxy (docs/decisions/026-sms-provider-in-deployments.md).
 */
export const GET = apiRoute(async (request: NextRequest) => {
  const decision = runtimeSmsDecision();
  if (decision.provider !== "development") return apiError(404, "not_found", "There is no GET /api/dev/outbox.");
  if (decision.outbox === "this-machine" && !isDirectLocalRequest(request.headers)) {
    return apiError(403, "forbidden", "The development outbox answers only requests made on the portal's own machine, not relayed by a proxy.");
  }
  const parsed = outboxQuerySchema.safeParse({ phone: request.nextUrl.searchParams.get("phone") ?? undefined });
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    return apiError(400, "invalid_input", `${errors[0]!.path}: ${errors[0]!.message}`, { errors });
  }
  return jsonResponse({ messages: await listOutboxMessages({ phone: parsed.data.phone }) });
});
