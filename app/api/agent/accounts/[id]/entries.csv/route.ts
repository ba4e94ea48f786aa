import { ledgerQuery } from "@/lib/accounts/ledger-query";
import { streamLedgerCsv } from "@/lib/accounts/stream-ledger-csv";
import { apiError } from "@/lib/http/api-error";
import { agentApi, badQuery } from "@/lib/http/agent-api";
import { apiRoute } from "@/lib/http/api-route";
import { parseQuery } from "@/lib/http/parse-query";
import { ID_PATTERN } from "@/lib/http/plain-text";

export const dynamic = "force-dynamic";

/** Staff: the filtered ledger as CSV, streamed (one access-log row per export). */
export const GET = apiRoute<{ params: Promise<{ id: string }> }>(async (request, { params }) => {
  const gate = await agentApi(request);
  if (!gate.ok) return gate.response;
  const query = parseQuery(request.nextUrl.searchParams, ledgerQuery);
  if (!query.ok) return badQuery(query.errors);
  const { id } = await params;
  if (!ID_PATTERN.test(id)) return apiError(404, "not_found", "account not found");
  const body = await streamLedgerCsv({ actor: gate.user, accountId: id, query: query.value, ip: gate.ip });
  const file = `ledger-${id.replace(/[^\w-]/g, "")}.csv`;
  return new Response(body, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${file}"`, "Cache-Control": "no-store" },
  });
});
