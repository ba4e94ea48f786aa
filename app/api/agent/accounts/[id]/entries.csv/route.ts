import { streamLedgerCsv } from "@/lib/accounts/stream-ledger-csv";
import { apiRoute } from "@/lib/http/api-route";
import { ledgerRequest } from "@/lib/http/ledger-request";

export const dynamic = "force-dynamic";

/** Staff: the filtered ledger as CSV, streamed (one access-log row per export). */
export const GET = apiRoute<{ params: Promise<{ id: string }> }>(async (request, { params }) => {
  const ledger = await ledgerRequest(request, params);
  if (!ledger.ok) return ledger.response;
  const { user, ip, accountId: id, query } = ledger;
  const body = await streamLedgerCsv({ actor: user, accountId: id, query, ip });
  const file = `ledger-${id.replace(/[^\w-]/g, "")}.csv`;
  return new Response(body, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${file}"`, "Cache-Control": "no-store" },
  });
});
