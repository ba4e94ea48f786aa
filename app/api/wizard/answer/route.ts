import { NextResponse } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { readRequestSession } from "@/lib/authz";
import { apiRoute } from "@/lib/http/api-route";
import { limitWrite, rateLimitedResponse } from "@/lib/http/limit-write";
import { readJsonOrForm } from "@/lib/http/read-json-or-form";
import { usesSecureCookies } from "@/lib/http/secure-cookies";
import { isLocale, DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { recordWizardStep } from "@/lib/wizard/record-wizard-step";
import { WIZARD_COOKIE, WIZARD_SESSION_TTL_MS } from "@/lib/wizard/wizard-token";
import { WIZARD_QUESTIONS, WIZARD_START } from "@/lib/wizard/wizard-tree";

export const dynamic = "force-dynamic";

/**
 * One wizard answer from the question page's form (plain HTML: works without JavaScript):
 * records the step on the visitor's session (the outcome records, decision 014) and answers
 * 303 to the next static page. A tampered question or answer restarts the wizard with a message.
 * JSON clients get `{ next }` instead of the redirect. Answers are limited per client address
 * (WIZARD_ANSWER_RATE_LIMIT a minute, decision 029): over it, nothing is stored and the form goes
 * back to its question with `?limited=1` (JSON: 429).
 */
export const POST = apiRoute(async (request) => {
  const body = await readJsonOrForm(request, 4 * 1024);
  if (body instanceof Response) return body;
  const { question, option, locale } = body.value;
  const rate = await limitWrite({ kind: "wizardAnswer", subject: clientIp(request.headers) });
  if (!rate.ok) {
    if (body.isJson) return rateLimitedResponse(rate.retryAfterSeconds, "Too many wizard answers from this address");
    const back = typeof question === "string" && WIZARD_QUESTIONS.has(question) ? `/diagnose/q/${question}` : `/diagnose/q/${WIZARD_START}`;
    return new NextResponse(null, { status: 303, headers: { Location: `${back}?limited=1`, "Retry-After": String(rate.retryAfterSeconds) } });
  }
  const { user } = await readRequestSession(request);
  const recorded = await recordWizardStep({
    actor: user,
    token: request.cookies.get(WIZARD_COOKIE)?.value ?? null,
    questionId: typeof question === "string" ? question : "",
    optionId: typeof option === "string" ? option : "",
    locale: isLocale(locale) ? locale : DEFAULT_LOCALE,
  });
  const next = recorded.ok ? recorded.next : "/diagnose?restart=unknown-step";
  const response = body.isJson
    ? NextResponse.json(recorded.ok ? { next } : { error: "invalid_input", message: "Unknown question or answer: start again.", next }, { status: recorded.ok ? 200 : 400 })
    : new NextResponse(null, { status: 303, headers: { Location: next } });
  if (recorded.ok) {
    response.cookies.set(WIZARD_COOKIE, recorded.token, { path: "/", httpOnly: true, sameSite: "lax", secure: usesSecureCookies(), maxAge: WIZARD_SESSION_TTL_MS / 1000 });
  }
  return response;
});
