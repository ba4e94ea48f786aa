"use client";

import Link from "next/link";
import { useRef, useState, type FormEvent } from "react";
import type { CodeFormLabels } from "@/app/_components/auth/code-labels";
import { describeCodeOutcome, describeSignInError, type Shown } from "@/app/_components/auth/describe-code-errors";
import { FormAlert } from "@/app/_components/auth/form-alert";
import { PhoneCodeStep } from "@/app/_components/auth/phone-code-step";
import { postCredentials } from "@/app/_components/auth/post-credentials";
import { TextField } from "@/app/_components/auth/text-field";
import { useCodeRequest } from "@/app/_components/auth/use-code-request";
import { useIsHydrated } from "@/app/_components/auth/use-query-string";
import { WEAK_PASSWORD_ERROR, checkCode, checkNewPassword, checkPhone, type FieldIssue } from "@/lib/auth/sign-in-fields";
import { fillTemplate } from "@/lib/i18n/fill-template";

export type PasswordFormLabels = CodeFormLabels & {
  newPassword: string;
  newPasswordHint: string;
  showPassword: string;
  save: string;
  saving: string;
  done: string;
  doneSignIn: string;
  backToSignIn: string;
};

const ID = "password-reset";

/**
 * A new password proved by an SMS code (POST /api/auth/password). Every old session ends with
 * it, so the form signs in again with the new password and goes to the signed-in home.
 */
export function PasswordResetForm({ labels }: { labels: PasswordFormLabels }) {
  const isHydrated = useIsHydrated();
  const codeRequest = useCodeRequest("password");
  const [shown, setShown] = useState<Shown>({ issues: [], error: null });
  const [status, setStatus] = useState<"idle" | "saving" | "saved" | "saved-signed-out">("idle");
  const [isPasswordShown, setIsPasswordShown] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  function show(next: Shown, focus: "alert" | "code" = "alert") {
    setShown(next);
    requestAnimationFrame(() => (focus === "code" ? codeRef.current : alertRef.current)?.focus());
  }

  async function sendCode(phone: string) {
    const outcome = await codeRequest.request(phone);
    show(describeCodeOutcome(outcome, labels), outcome.kind === "sent" ? "code" : "alert");
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === "string" ? value : "";
    };
    const phone = codeRequest.sentTo;
    if (!phone) {
      const problem = checkPhone(text("phone"));
      return problem ? show({ issues: [problem], error: null }) : sendCode(text("phone"));
    }
    const issues = [checkCode(text("code")), checkNewPassword(text("password"))].filter((issue): issue is FieldIssue => issue !== null);
    if (issues.length > 0) return show({ issues, error: null });
    if (status === "saving") return;
    setStatus("saving");
    try {
      const response = await fetch("/api/auth/password", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ phone, code: text("code"), password: text("password") }),
      });
      const body = (await response.json().catch(() => ({}))) as { error?: string; retryAfterSeconds?: number };
      if (response.ok) {
        setShown({ issues: [], error: null });
        setStatus("saved");
        const signIn = await postCredentials("wallet", { phone, password: text("password") }, "/me");
        if (signIn.ok) return window.location.assign("/me");
        return setStatus("saved-signed-out");
      }
      setStatus("idle");
      if (body.error === WEAK_PASSWORD_ERROR) {
        // Only the server knows the common-password lists. Phone and code stay as typed (the
        // code was not used); the refused password goes, so the next one starts from empty.
        if (passwordRef.current) passwordRef.current.value = "";
        return show({ issues: [{ field: "password", issue: "password.common" }], error: null });
      }
      if (response.status === 429) return show(describeSignInError({ code: "throttled", seconds: body.retryAfterSeconds ?? 60 }, labels));
      show(describeSignInError({ code: response.status === 400 ? "invalid-code" : "unavailable" }, labels));
    } catch {
      setStatus("idle");
      show({ issues: [], error: labels.unavailable });
    }
  }

  if (status === "saved" || status === "saved-signed-out") {
    return (
      <div role="status" className="space-y-3 rounded-xl border border-line bg-calm-50 p-4 text-calm-700">
        <p>{status === "saved" ? labels.done : labels.doneSignIn}</p>
        {status === "saved-signed-out" && (
          <Link href="/signin" className="text-link">
            {labels.backToSignIn}
          </Link>
        )}
      </div>
    );
  }

  const fieldLabel = (field: string) => (field === "code" ? labels.code : field === "password" ? labels.newPassword : labels.phone);
  const issueText = (field: string) => {
    const issue = shown.issues.find((item) => item.field === field);
    return issue ? labels.issues[issue.issue] : undefined;
  };

  return (
    <form method="post" noValidate onSubmit={(event) => void handleSubmit(event)} className="space-y-5" aria-busy={status === "saving"}>
      <FormAlert
        alertRef={alertRef}
        idPrefix={ID}
        issues={shown.issues.map((issue) => ({ field: issue.field, text: fillTemplate(labels.fieldError, { field: fieldLabel(issue.field), message: labels.issues[issue.issue] }) }))}
        error={shown.error}
        summaryTitle={labels.summaryTitle}
        failedTitle={labels.failedTitle}
      />
      <PhoneCodeStep idPrefix={ID} labels={labels} codeRequest={codeRequest} phoneProblem={issueText("phone")} isHydrated={isHydrated} onResend={() => void sendCode(codeRequest.sentTo ?? "")} />
      {codeRequest.sentTo && (
        <>
          <TextField ref={codeRef} id={`${ID}-code`} name="code" label={labels.code} hint={labels.codeHint} problem={issueText("code")} inputMode="numeric" autoComplete="one-time-code" maxLength={12} required />
          <div>
            <TextField ref={passwordRef} id={`${ID}-password`} name="password" label={labels.newPassword} hint={labels.newPasswordHint} problem={issueText("password")} type={isPasswordShown ? "text" : "password"} autoComplete="new-password" required />
            <label className="mt-2 inline-flex min-h-11 cursor-pointer items-center gap-2 text-sm text-ink-700">
              <input type="checkbox" className="size-4 accent-brand-700" checked={isPasswordShown} onChange={(e) => setIsPasswordShown(e.target.checked)} />
              {labels.showPassword}
            </label>
          </div>
          <button type="submit" className="btn-primary w-full disabled:opacity-70" disabled={!isHydrated || status === "saving"}>
            {status === "saving" ? labels.saving : labels.save}
          </button>
        </>
      )}
    </form>
  );
}
