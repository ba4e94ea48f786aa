"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { authorizeCodeSignIn } from "@/lib/auth/authorize-code-sign-in";
import { authorizeSignIn, type AuthorizeSignInResult } from "@/lib/auth/authorize-sign-in";
import { callbackUrlFromPath } from "@/lib/auth/callback-url-from-path";
import { clientIp } from "@/lib/auth/client-ip";
import { PATHNAME_HEADER } from "@/lib/auth/pathname-header";
import { placeSignInError } from "@/lib/auth/place-sign-in-error";
import { refusedCodeForm } from "@/lib/auth/refused-code-form";
import { answerCodeStep } from "@/lib/auth/request-code-from-form";
import type { CodeFormState, PasswordSignInState } from "@/lib/auth/sign-in-form-state";
import { fieldIssues, signInSchemaFor } from "@/lib/auth/sign-in-schemas";
import { startSession } from "@/lib/auth/start-session";
import { formText, submittedForm } from "@/lib/http/form-text";

/*
 * The sign-in forms without JavaScript (or clicked before their script ran). With it they post
 * to next-auth themselves (post-credentials.ts); a plain form post has no next-auth CSRF token,
 * so it arrives here, passes the same checks (authorizeSignIn / authorizeCodeSignIn: throttling,
 * audit) and gets the same session cookie (startSession). Refused, the page renders again with
 * the phone or email as typed and the reason next to its field; never the password or the code.
 */

/** An infrastructure failure reads as "try again later", as in next-auth's authorize (auth-options.ts). */
async function orUnavailable(attempt: () => Promise<AuthorizeSignInResult>): Promise<AuthorizeSignInResult> {
  try {
    return await attempt();
  } catch (error) {
    console.error("sign-in failed unexpectedly", error);
    return { ok: false, error: { code: "unavailable" } };
  }
}

/** Phone (wallet) or email (staff) and password; the form names its kind in `provider`. */
export async function passwordSignInAction(_previous: PasswordSignInState | null, submitted: FormData): Promise<PasswordSignInState> {
  const form = submittedForm(submitted);
  const provider = formText(form, "provider") === "staff" ? "staff" : "wallet";
  const field = provider === "staff" ? "email" : "phone";
  const identifier = formText(form, field);
  const credentials = { [field]: identifier, password: formText(form, "password") };
  // Every field's problem at once, as the browser's own check shows them.
  const parsed = signInSchemaFor(provider).safeParse(credentials);
  if (!parsed.success) return { identifier, issues: fieldIssues(parsed.error), refusal: null };
  const requestHeaders = await headers();
  const result = await orUnavailable(() => authorizeSignIn({ provider, credentials, ip: clientIp(requestHeaders) }));
  if (!result.ok) return { identifier, ...placeSignInError(result.error) };
  await startSession({ user: result.user, provider });
  redirect(callbackUrlFromPath(requestHeaders.get(PATHNAME_HEADER), provider === "staff" ? "/agent" : "/me"));
}

/**
 * Phone number, "text me a code", the code. `intent` says which button was pressed: `send`
 * (the phone step), `resend` or `change-phone` (the code step's links), `sign-in`.
 */
export async function codeSignInAction(_previous: CodeFormState | null, submitted: FormData): Promise<CodeFormState> {
  const form = submittedForm(submitted);
  const intent = formText(form, "intent");
  const phone = formText(form, "phone");
  if (intent !== "sign-in") return answerCodeStep({ intent, phone, purpose: "SIGN_IN" });
  const requestHeaders = await headers();
  const ip = clientIp(requestHeaders);
  const result = await orUnavailable(() => authorizeCodeSignIn({ credentials: { phone, code: formText(form, "code") }, ip }));
  if (!result.ok) return refusedCodeForm({ from: "code", phone, ...placeSignInError(result.error) });
  await startSession({ user: result.user, provider: "wallet-code" });
  redirect(callbackUrlFromPath(requestHeaders.get(PATHNAME_HEADER), "/me"));
}
