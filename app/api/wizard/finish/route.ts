import { NextResponse } from "next/server";
import { apiError } from "@/lib/http/api-error";
import { apiRoute } from "@/lib/http/api-route";
import { readJsonOrForm } from "@/lib/http/read-json-or-form";
import { finishWizardSession } from "@/lib/wizard/finish-wizard-session";
import { isWizardResultId } from "@/lib/wizard/wizard-results";
import { WIZARD_COOKIE } from "@/lib/wizard/wizard-token";

export const dynamic = "force-dynamic";

/** "This answers it": the run ends solved without a ticket (counted as deflected), then a thank-you. */
export const POST = apiRoute(async (request) => {
  const body = await readJsonOrForm(request, 1024);
  if (body instanceof Response) return body;
  const { result } = body.value;
  if (!isWizardResultId(result)) return apiError(400, "invalid_input", "result: unknown result.", { errors: [{ path: "result", message: "unknown result" }] });
  const recorded = await finishWizardSession({ token: request.cookies.get(WIZARD_COOKIE)?.value ?? null, resultId: result });
  return body.isJson ? NextResponse.json({ recorded }) : new NextResponse(null, { status: 303, headers: { Location: "/diagnose/done" } });
});
