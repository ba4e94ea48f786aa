"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { authorizeSignIn } from "@/lib/auth/authorize-sign-in";
import { clientIp } from "@/lib/auth/client-ip";
import { placeResetPasswordError } from "@/lib/auth/place-reset-password-error";
import { refusedCodeForm } from "@/lib/auth/refused-code-form";
import { answerCodeStep } from "@/lib/auth/request-code-from-form";
import { resetPassword } from "@/lib/auth/reset-password";
import type { CodeFormState } from "@/lib/auth/sign-in-form-state";
import { startSession } from "@/lib/auth/start-session";
import { formText, submittedForm } from "@/lib/http/form-text";

/**
 * The password page without JavaScript (with it, the form calls POST /api/auth/code and
 * POST /api/auth/password itself). `intent`: `send`, `resend`, `change-phone` or `save`. Saved,
 * it signs in with the new password and goes home, as the script does; refused, the page renders
 * again with the phone and the reason next to its field, never the code or the password.
 */
export async function newPasswordAction(_previous: CodeFormState | null, submitted: FormData): Promise<CodeFormState> {
  const form = submittedForm(submitted);
  const intent = formText(form, "intent");
  const phone = formText(form, "phone");
  if (intent !== "save") return answerCodeStep({ intent, phone, purpose: "PASSWORD" });
  const requestHeaders = await headers();
  const ip = clientIp(requestHeaders);
  const password = formText(form, "password");
  let result;
  try {
    result = await resetPassword({ input: { phone, code: formText(form, "code"), password }, ip });
  } catch (error) {
    console.error("setting a new password failed", error);
    return refusedCodeForm({ from: "code", phone, refusal: { code: "unavailable" } });
  }
  if (!result.ok) return refusedCodeForm({ from: "code", phone, ...placeResetPasswordError(result) });
  // Every old session ended with the new password: sign in with it, as the script does. When
  // that fails, the password is still saved: the page says so and links to the sign-in page.
  const signIn = await authorizeSignIn({ provider: "wallet", credentials: { phone: result.phone, password }, ip }).catch((error: unknown) => {
    console.error("signing in with a new password failed", error);
    return null;
  });
  if (!signIn?.ok) return { step: "saved", phone, issues: [], refusal: null };
  await startSession({ user: signIn.user, provider: "wallet" });
  redirect("/me");
}
