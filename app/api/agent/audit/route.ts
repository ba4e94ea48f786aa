import { auditQuery } from "@/lib/audit/audit-query";
import { browseAuditLog } from "@/lib/audit/browse-audit-log";
import { jsonResponse } from "@/lib/http/api-error";
import { agentApi, badQuery } from "@/lib/http/agent-api";
import { apiRoute } from "@/lib/http/api-route";
import { parseQuery } from "@/lib/http/parse-query";

export const dynamic = "force-dynamic";

/** Supervisors and admins: the access log, newest first (agents get 403 from browseAuditLog). */
export const GET = apiRoute(async (request) => {
  const gate = await agentApi(request);
  if (!gate.ok) return gate.response;
  const query = parseQuery(request.nextUrl.searchParams, auditQuery);
  if (!query.ok) return badQuery(query.errors);
  return jsonResponse(await browseAuditLog({ actor: gate.user, query: query.value }));
});
