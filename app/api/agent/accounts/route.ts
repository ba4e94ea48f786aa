import { z } from "zod";
import { searchAccounts } from "@/lib/accounts/search-accounts";
import { jsonResponse } from "@/lib/http/api-error";
import { agentApi, badQuery } from "@/lib/http/agent-api";
import { apiRoute } from "@/lib/http/api-route";
import { parseQuery } from "@/lib/http/parse-query";
import { plainText } from "@/lib/http/plain-text";

export const dynamic = "force-dynamic";

const searchQuery = z.object({ q: plainText(100).pipe(z.string().min(2, { error: "required: at least 2 characters of an account id, phone, email or name" })) });

/** Staff: account search by id, phone, email or name (one access-log row). */
export const GET = apiRoute(async (request) => {
  const gate = await agentApi(request);
  if (!gate.ok) return gate.response;
  const query = parseQuery(request.nextUrl.searchParams, searchQuery);
  if (!query.ok) return badQuery(query.errors);
  const accounts = await searchAccounts({ actor: gate.user, q: query.value.q, ip: gate.ip });
  return jsonResponse({ accounts: accounts.map((a) => ({ ...a, balanceMinor: a.balanceMinor.toString() })) });
});
