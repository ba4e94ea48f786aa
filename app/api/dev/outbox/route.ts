import type { NextRequest } from "next/server";
import { outboxQuerySchema, fieldErrors } from "@/lib/auth/code-request-schema";
import { listOutboxMessages } from "@/lib/auth/sms/list-outbox-messages";
import { smsProvider } from "@/lib/auth/sms/sms-sender";
import { apiError, jsonResponse } from "@/lib/http/api-error";
import { apiRoute } from "@/lib/http/api-route";

/**
 * The development SMS sender's outbox: what it "sent" to one phone, newest first, so someone
 * trying the portal can read their code. Exists only while that sender is in use; with a real
 * provider it is the same 404 as any unknown API path.
 */
export const GET = apiRoute(async (request: NextRequest) => {
  if (smsProvider() !== "development") return apiError(404, "not_found", "There is no GET /api/dev/outbox.");
  const parsed = outboxQuerySchema.safeParse({ phone: request.nextUrl.searchParams.get("phone") ?? undefined });
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    return apiError(400, "invalid_input", `${errors[0]!.path}: ${errors[0]!.message}`, { errors });
  }
  return jsonResponse({ messages: await listOutboxMessages({ phone: parsed.data.phone }) });
});
