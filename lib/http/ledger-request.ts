import "server-only";
import type { NextRequest } from "next/server";
import type { z } from "zod";
import type { SessionUser } from "@/lib/auth/session-user";
import { ledgerQuery } from "@/lib/accounts/ledger-query";
import { apiError } from "./api-error";
import { agentApi, badQuery } from "./agent-api";
import { parseQuery } from "./parse-query";
import { ID_PATTERN } from "./plain-text";

type LedgerFilters = z.output<typeof ledgerQuery>;

/** The shared start of the ledger page and CSV routes: a staff session, the filters, the account id. */
export async function ledgerRequest(
  request: NextRequest,
  params: Promise<{ id: string }>,
): Promise<{ ok: true; user: SessionUser; ip: string; accountId: string; query: LedgerFilters } | { ok: false; response: Response }> {
  const gate = await agentApi(request);
  if (!gate.ok) return gate;
  const query = parseQuery(request.nextUrl.searchParams, ledgerQuery);
  if (!query.ok) return { ok: false, response: badQuery(query.errors) };
  const { id } = await params;
  if (!ID_PATTERN.test(id)) return { ok: false, response: apiError(404, "not_found", "account not found") };
  return { ok: true, user: gate.user, ip: gate.ip, accountId: id, query: query.value };
}
