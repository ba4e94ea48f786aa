"use client";

import { useActionState, useRef, useState, type FormEvent } from "react";
import { codeSignInAction } from "@/app/[locale]/(public)/signin/actions";
import type { CodeFormLabels } from "@/app/_components/auth/code-labels";
import { FormAlert } from "@/app/_components/auth/form-alert";
import { PhoneCodeStep } from "@/app/_components/auth/phone-code-step";
import { postCredentials } from "@/app/_components/auth/post-credentials";
import { describeCodeOutcome, describePlaced, describeSignInError, type Shown } from "@/app/_components/auth/describe-code-errors";
import { SubmitButton } from "@/app/_components/auth/submit-button";
import { TextField } from "@/app/_components/auth/text-field";
import { useCodeRequest } from "@/app/_components/auth/use-code-request";
import { useIsHydrated, useQueryString } from "@/app/_components/auth/use-query-string";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { checkCode, checkPhone } from "@/lib/auth/sign-in-fields";
import { decodeSignInError } from "@/lib/auth/sign-in-errors";
import type { CodeFormState } from "@/lib/auth/sign-in-form-state";
import { fillTemplate } from "@/lib/i18n/fill-template";

const ID = "code-signin";

/**
 * Sign-in with an SMS code: phone number, "text me a code", the six digits. With JavaScript it
 * posts to the `wallet-code` provider without next-auth/react (post-credentials.ts), then a full
 * page load to `callbackUrl` when it is safe, else the signed-in home. Without it (or before the
 * script has run) each button submits to codeSignInAction, and the page comes back with its
 * answer: the phone as typed, the reason next to its field, never the code.
 */
export function CodeSignInForm({ labels, titleId }: { labels: CodeFormLabels; titleId?: string }) {
  const search = useQueryString();
  const isHydrated = useIsHydrated();
  const codeRequest = useCodeRequest("sign-in");
  const [state, formAction] = useActionState<CodeFormState | null, FormData>(codeSignInAction, null);
  // What this page's script found out; until then, what the server action sent back.
  const [shown, setShown] = useState<Shown | null>(null);
  const [isStateLeft, setIsStateLeft] = useState(false);
  // The number last typed, for the phone field when the person goes back to change it.
  const [typedPhone, setTypedPhone] = useState("");
  const [isSigningIn, setIsSigningIn] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
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
    if (!sentTo) {
      const problem = checkPhone(text("phone"));
      if (problem) return show({ issues: [problem], error: null });
      return sendCode(text("phone"));
    }
    const problem = checkCode(text("code"));
    if (problem) return show({ issues: [problem], error: null });
    if (isSigningIn) return;
    setIsSigningIn(true);
    const redirectTo = safeCallbackUrl(new URLSearchParams(search).get("callbackUrl"), "/me");
    try {
      const result = await postCredentials("wallet-code", { phone: sentTo, code: text("code") }, redirectTo);
      if (result.ok) return window.location.assign(redirectTo);
      show(describeSignInError(decodeSignInError(result.error), labels));
    } catch {
      show({ issues: [], error: labels.unavailable });
    }
    setIsSigningIn(false);
  }

  const fieldLabel = (field: string) => (field === "code" ? labels.code : labels.phone);
  const issueText = (field: string) => {
    const issue = visible.issues.find((item) => item.field === field);
    return issue ? labels.issues[issue.issue] : undefined;
  };

  return (
    <form action={formAction} noValidate aria-labelledby={titleId} onSubmit={(event) => void handleSubmit(event)} className="space-y-5" aria-busy={isSigningIn}>
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
        <TextField
          ref={codeRef}
          id={`${ID}-code`}
          name="code"
          label={labels.code}
          hint={labels.codeHint}
          problem={issueText("code")}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={12}
          required
        />
        <SubmitButton isHydrated={isHydrated} isBusy={isSigningIn} intent="sign-in" className="btn-primary w-full disabled:opacity-70">
          {isSigningIn ? labels.submitting : labels.submit}
        </SubmitButton>
      </PhoneCodeStep>
    </form>
  );
}
