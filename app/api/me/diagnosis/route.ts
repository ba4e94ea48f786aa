import { NextResponse } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { authorizeApi } from "@/lib/authz";
import { apiError, jsonResponse } from "@/lib/http/api-error";
import { apiRoute } from "@/lib/http/api-route";
import { getOwnDiagnosis } from "@/lib/wizard/get-own-diagnosis";

export const dynamic = "force-dynamic";

/**
 * The signed-in wallet user's own Diagnosis (the contract's shape) and balance timeline, plus
 * what happens next under the negative-balance policy (nothing while support investigates a
 * deficit that is all unauthorized debits) and which view the portal's pages give it. There is
 * no account id to pass: the account is the caller's, so nobody can ask for someone else's.
 */
export const GET = apiRoute(async (request) => {
  const auth = await authorizeApi(request, { roles: ["WALLET_USER"] });
  if (auth instanceof NextResponse) return auth;
  const own = await getOwnDiagnosis({ actor: auth, ip: clientIp(request.headers) });
  if (!own) return apiError(404, "not_found", "This sign-in has no wallet account linked to it.");
  return jsonResponse({
    diagnosis: own.diagnosis,
    timeline: own.timeline,
    nextSteps: own.milestones.map((m) => ({ id: m.id, at: m.at.toISOString(), daysLeft: m.daysLeft, isPast: m.isPast })),
    view: { kind: own.view.kind, asksTopUp: own.view.asksTopUp, countdown: own.view.countdown },
  });
});
