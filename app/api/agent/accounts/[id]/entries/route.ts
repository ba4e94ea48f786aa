import { listLedgerEntries } from "@/lib/accounts/list-ledger-entries";
import { ledgerQuery } from "@/lib/accounts/ledger-query";
import { ledgerRowJson } from "@/lib/accounts/read-ledger-page";
import { apiError, jsonResponse } from "@/lib/http/api-error";
import { agentApi, badQuery } from "@/lib/http/agent-api";
import { apiRoute } from "@/lib/http/api-route";
import { parseQuery } from "@/lib/http/parse-query";
import { ID_PATTERN } from "@/lib/http/plain-text";

export const dynamic = "force-dynamic";

/** Staff: one page of an account's ledger, newest first, keyset cursor (one access-log row). */
export const GET = apiRoute<{ params: Promise<{ id: string }> }>(async (request, { params }) => {
  const gate = await agentApi(request);
  if (!gate.ok) return gate.response;
  const query = parseQuery(request.nextUrl.searchParams, ledgerQuery);
  if (!query.ok) return badQuery(query.errors);
  const { id } = await params;
  if (!ID_PATTERN.test(id)) return apiError(404, "not_found", "account not found");
  const page = await listLedgerEntries({ actor: gate.user, accountId: id, query: query.value, ip: gate.ip });
  return jsonResponse({ entries: page.entries.map(ledgerRowJson), nextCursor: page.nextCursor });
});
