import { z } from "zod";
import { searchAccounts } from "@/lib/accounts/search-accounts";
import { jsonResponse } from "@/lib/http/api-error";
import { agentApi, badQuery } from "@/lib/http/agent-api";
import { apiRoute } from "@/lib/http/api-route";
import { parseQuery } from "@/lib/http/parse-query";

export const dynamic = "force-dynamic";

const searchQuery = z.object({ q: z.string({ error: "required: an account id, phone, email or name" }).trim().min(2, { error: "at least 2 characters" }).max(100, { error: "at most 100 characters" }) });

/** Staff: account search by id, phone, email or name (one access-log row). */
export const GET = apiRoute(async (request) => {
  const gate = await agentApi(request);
  if (!gate.ok) return gate.response;
  const query = parseQuery(request.nextUrl.searchParams, searchQuery);
  if (!query.ok) return badQuery(query.errors);
  const accounts = await searchAccounts({ actor: gate.user, q: query.value.q, ip: gate.ip });
  return jsonResponse({ accounts: accounts.map((a) => ({ ...a, balanceMinor: a.balanceMinor.toString() })) });
});
