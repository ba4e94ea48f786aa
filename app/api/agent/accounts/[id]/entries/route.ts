import { listLedgerEntries } from "@/lib/accounts/list-ledger-entries";
import { ledgerRowJson } from "@/lib/accounts/read-ledger-page";
import { jsonResponse } from "@/lib/http/api-error";
import { apiRoute } from "@/lib/http/api-route";
import { ledgerRequest } from "@/lib/http/ledger-request";

export const dynamic = "force-dynamic";

/** Staff: one page of an account's ledger, newest first, keyset cursor (one access-log row). */
export const GET = apiRoute<{ params: Promise<{ id: string }> }>(async (request, { params }) => {
  const ledger = await ledgerRequest(request, params);
  if (!ledger.ok) return ledger.response;
  const { user, ip, accountId: id, query } = ledger;
  const page = await listLedgerEntries({ actor: user, accountId: id, query, ip });
  return jsonResponse({ entries: page.entries.map(ledgerRowJson), nextCursor: page.nextCursor });
});
