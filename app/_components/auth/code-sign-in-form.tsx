"use client";

import { useRef, useState, type FormEvent } from "react";
import type { CodeFormLabels } from "@/app/_components/auth/code-labels";
import { FormAlert } from "@/app/_components/auth/form-alert";
import { PhoneCodeStep } from "@/app/_components/auth/phone-code-step";
import { postCredentials } from "@/app/_components/auth/post-credentials";
import { describeCodeOutcome, describeSignInError, type Shown } from "@/app/_components/auth/describe-code-errors";
import { TextField } from "@/app/_components/auth/text-field";
import { useCodeRequest } from "@/app/_components/auth/use-code-request";
import { useIsHydrated, useQueryString } from "@/app/_components/auth/use-query-string";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { checkCode, checkPhone } from "@/lib/auth/sign-in-fields";
import { decodeSignInError } from "@/lib/auth/sign-in-errors";
import { fillTemplate } from "@/lib/i18n/fill-template";

const ID = "code-signin";

/**
 * Sign-in with an SMS code: phone number, "text me a code", the six digits. Posts to the
 * `wallet-code` provider without next-auth/react (post-credentials.ts), then a full page load
 * to `callbackUrl` when it is safe, else the signed-in home.
 */
export function CodeSignInForm({ labels, titleId }: { labels: CodeFormLabels; titleId?: string }) {
  const search = useQueryString();
  const isHydrated = useIsHydrated();
  const codeRequest = useCodeRequest("sign-in");
  const [shown, setShown] = useState<Shown>({ issues: [], error: null });
  const [isSigningIn, setIsSigningIn] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);

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
    if (!codeRequest.sentTo) {
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
      const result = await postCredentials("wallet-code", { phone: codeRequest.sentTo, code: text("code") }, redirectTo);
      if (result.ok) return window.location.assign(redirectTo);
      show(describeSignInError(decodeSignInError(result.error), labels));
    } catch {
      show({ issues: [], error: labels.unavailable });
    }
    setIsSigningIn(false);
  }

  const fieldLabel = (field: string) => (field === "code" ? labels.code : labels.phone);
  const problemOf = (field: string) => shown.issues.find((issue) => issue.field === field);
  const issueText = (field: string) => {
    const issue = problemOf(field);
    return issue ? labels.issues[issue.issue] : undefined;
  };

  return (
    <form method="post" noValidate aria-labelledby={titleId} onSubmit={(event) => void handleSubmit(event)} className="space-y-5" aria-busy={isSigningIn}>
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
          <button type="submit" className="btn-primary w-full disabled:opacity-70" disabled={!isHydrated || isSigningIn}>
            {isSigningIn ? labels.submitting : labels.submit}
          </button>
        </>
      )}
    </form>
  );
}
