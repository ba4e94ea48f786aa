import { checkHealth } from "@/lib/health/check-health";
import { jsonResponse } from "@/lib/http/api-error";
import { apiRoute } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

/** 200 `{ status: "ok", database: "ok" }`, or 503 when PostgreSQL does not answer. No session needed. */
export const GET = apiRoute(async () => {
  const health = await checkHealth();
  return jsonResponse(health, { status: health.status === "ok" ? 200 : 503 });
});
