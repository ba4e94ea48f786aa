"use client";

import Link from "next/link";
import { useActionState, useRef, useState, type FormEvent } from "react";
import { newPasswordAction } from "@/app/[locale]/(public)/password/actions";
import type { CodeFormLabels } from "@/app/_components/auth/code-labels";
import { describeCodeOutcome, describePlaced, describeSignInError, type Shown } from "@/app/_components/auth/describe-code-errors";
import { FormAlert } from "@/app/_components/auth/form-alert";
import { PhoneCodeStep } from "@/app/_components/auth/phone-code-step";
import { postCredentials } from "@/app/_components/auth/post-credentials";
import { SubmitButton } from "@/app/_components/auth/submit-button";
import { TextField } from "@/app/_components/auth/text-field";
import { useCodeRequest } from "@/app/_components/auth/use-code-request";
import { useIsHydrated } from "@/app/_components/auth/use-query-string";
import { WEAK_PASSWORD_ERROR, checkCode, checkNewPassword, checkPhone, type FieldIssue } from "@/lib/auth/sign-in-fields";
import type { CodeFormState } from "@/lib/auth/sign-in-form-state";
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
 * it, so the form signs in again with the new password and goes to the signed-in home. Without
 * JavaScript (or before the script has run) each button submits to newPasswordAction, which
 * does the same; refused, the page comes back with the phone and the reason next to its field,
 * never the code or the password.
 */
export function PasswordResetForm({ labels }: { labels: PasswordFormLabels }) {
  const isHydrated = useIsHydrated();
  const codeRequest = useCodeRequest("password");
  const [state, formAction] = useActionState<CodeFormState | null, FormData>(newPasswordAction, null);
  // What this page's script found out; until then, what the server action sent back.
  const [shown, setShown] = useState<Shown | null>(null);
  const [isStateLeft, setIsStateLeft] = useState(false);
  const [typedPhone, setTypedPhone] = useState("");
  const [status, setStatus] = useState<"idle" | "saving" | "saved" | "saved-signed-out">("idle");
  const [isPasswordShown, setIsPasswordShown] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const fromServer = isStateLeft ? null : state;
  const sentTo = codeRequest.sentTo ?? (fromServer?.step === "code" ? fromServer.phone : null);
  const visible = shown ?? (fromServer ? describePlaced(fromServer, labels) : { issues: [], error: null });

  function show(next: Shown, focus: "alert" | "code" = "alert") {
    setShown(next);
    requestAnimationFrame(() => (focus === "code" ? codeRef.current : alertRef.current)?.focus());
  }

  async function sendCode(phone: string) {
    setTypedPhone(phone);
    const outcome = await codeRequest.request(phone);
    setIsStateLeft(true);
    show(describeCodeOutcome(outcome, labels), outcome.kind === "sent" ? "code" : "alert");
  }

  function changePhone() {
    codeRequest.forget();
    setIsStateLeft(true);
    setShown({ issues: [], error: null });
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === "string" ? value : "";
    };
    const phone = sentTo;
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

  // Saved by the server action, but signing in with the new password failed: as "saved-signed-out".
  if (status === "saved" || status === "saved-signed-out" || fromServer?.step === "saved") {
    return (
      <div role="status" className="space-y-3 rounded-xl border border-line bg-calm-50 p-4 text-calm-700">
        <p>{status === "saved" ? labels.done : labels.doneSignIn}</p>
        {status !== "saved" && (
          <Link href="/signin" className="text-link">
            {labels.backToSignIn}
          </Link>
        )}
      </div>
    );
  }

  const fieldLabel = (field: string) => (field === "code" ? labels.code : field === "password" ? labels.newPassword : labels.phone);
  const issueText = (field: string) => {
    const issue = visible.issues.find((item) => item.field === field);
    return issue ? labels.issues[issue.issue] : undefined;
  };

  return (
    <form action={formAction} noValidate onSubmit={(event) => void handleSubmit(event)} className="space-y-5" aria-busy={status === "saving"}>
      <FormAlert
        alertRef={alertRef}
        idPrefix={ID}
        issues={visible.issues.map((issue) => ({ field: issue.field, text: fillTemplate(labels.fieldError, { field: fieldLabel(issue.field), message: labels.issues[issue.issue] }) }))}
        error={visible.error}
        summaryTitle={labels.summaryTitle}
        failedTitle={labels.failedTitle}
      />
      <PhoneCodeStep
        idPrefix={ID}
        labels={labels}
        sentTo={sentTo}
        phone={fromServer?.phone ?? typedPhone}
        secondsLeft={codeRequest.secondsLeft}
        isSending={codeRequest.isSending}
        phoneProblem={issueText("phone")}
        isHydrated={isHydrated}
        onResend={() => void sendCode(sentTo ?? "")}
        onChangePhone={changePhone}
      >
        <TextField ref={codeRef} id={`${ID}-code`} name="code" label={labels.code} hint={labels.codeHint} problem={issueText("code")} inputMode="numeric" autoComplete="one-time-code" maxLength={12} required />
        <div>
          <TextField ref={passwordRef} id={`${ID}-password`} name="password" label={labels.newPassword} hint={labels.newPasswordHint} problem={issueText("password")} type={isPasswordShown ? "text" : "password"} autoComplete="new-password" required />
          <label className="mt-2 inline-flex min-h-11 cursor-pointer items-center gap-2 text-sm text-ink-700">
            <input type="checkbox" className="size-4 accent-brand-700" checked={isPasswordShown} onChange={(e) => setIsPasswordShown(e.target.checked)} />
            {labels.showPassword}
          </label>
        </div>
        <SubmitButton isHydrated={isHydrated} isBusy={status === "saving"} intent="save" className="btn-primary w-full disabled:opacity-70">
          {status === "saving" ? labels.saving : labels.save}
        </SubmitButton>
      </PhoneCodeStep>
    </form>
  );
}
