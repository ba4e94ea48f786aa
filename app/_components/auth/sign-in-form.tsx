"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { decodeSignInError, type SignInError } from "@/lib/auth/sign-in-errors";
import { fieldIssues, signInSchemaFor, type FieldIssue, type SignInField, type SignInProvider } from "@/lib/auth/sign-in-schemas";

type Props = {
  provider: SignInProvider;
  /** Already checked to be a same-origin path (lib/auth/safe-callback-url.ts). */
  redirectTo: string;
  initialError?: SignInError | null;
};

const inputClass =
  "mt-1.5 block min-h-11 w-full rounded-lg border bg-white px-3 py-2 text-base text-ink-900 shadow-sm placeholder:text-ink-600 aria-[invalid=true]:border-urgent-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-urgent-700";

/**
 * Validates with the same zod schema as the server, then signs in through next-auth without a
 * page redirect so the server's reason (wrong password, throttled, ...) can be shown here.
 */
export function SignInForm({ provider, redirectTo, initialError = null }: Props) {
  const t = useTranslations("auth");
  const [issues, setIssues] = useState<FieldIssue[]>(initialError?.code === "invalid-input" ? [initialError] : []);
  const [formError, setFormError] = useState<SignInError | null>(initialError?.code === "invalid-input" ? null : initialError);
  const [isPending, setIsPending] = useState(false);
  const [isPasswordShown, setIsPasswordShown] = useState(false);
  // Signing in needs this component's JavaScript: until it runs, a click would only reload the page.
  const [isHydrated, setIsHydrated] = useState(false);
  useEffect(() => setIsHydrated(true), []);
  const alertRef = useRef<HTMLDivElement>(null);
  const identifier: SignInField = provider === "wallet" ? "phone" : "email";

  const issueFor = (field: SignInField) => issues.find((issue) => issue.field === field);
  const fieldLabel = (field: SignInField) => t(`form.${field}`);
  const issueMessage = (issue: FieldIssue) => t(`validation.${issue.issue}`);

  function show(next: { issues?: FieldIssue[]; error?: SignInError | null }) {
    setIssues(next.issues ?? []);
    setFormError(next.error ?? null);
    // Move focus to the message so keyboard and screen-reader users land on it.
    requestAnimationFrame(() => alertRef.current?.focus());
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    const data = new FormData(event.currentTarget);
    const values = { [identifier]: String(data.get(identifier) ?? ""), password: String(data.get("password") ?? "") };
    const parsed = signInSchemaFor(provider).safeParse(values);
    if (!parsed.success) return show({ issues: fieldIssues(parsed.error) });

    setIsPending(true);
    try {
      const result = await signIn(provider, { ...values, redirect: false, callbackUrl: redirectTo });
      if (result?.ok && !result.error) {
        // A full load, so the header and every server component see the new session.
        window.location.assign(redirectTo);
        return;
      }
      const error = decodeSignInError(result?.error);
      show(error.code === "invalid-input" ? { issues: [error] } : { error });
    } catch {
      show({ error: { code: "unavailable" } });
    }
    setIsPending(false);
  }

  function errorText(error: SignInError): string {
    switch (error.code) {
      case "invalid-credentials":
        return t(provider === "wallet" ? "errors.invalidCredentialsWallet" : "errors.invalidCredentialsStaff");
      case "throttled":
        return t("errors.throttled", { minutes: error.minutes });
      case "disabled":
        return t("errors.disabled");
      case "invalid-input":
        return t("form.fieldError", { field: fieldLabel(error.field), message: t(`validation.${error.issue}`) });
      default:
        return t("errors.unavailable");
    }
  }

  const describedBy = (field: SignInField, hint?: string) =>
    [hint, issueFor(field) ? `signin-${field}-error` : undefined].filter(Boolean).join(" ") || undefined;

  return (
    <form method="post" noValidate onSubmit={handleSubmit} className="space-y-5" aria-busy={isPending}>
      {issues.length > 0 && (
        <div ref={alertRef} tabIndex={-1} role="alert" className="rounded-xl border border-urgent-200 bg-urgent-50 p-4 text-urgent-800">
          <p className="font-semibold">{t("form.summaryTitle")}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {issues.map((issue) => (
              <li key={issue.field}>
                <a href={`#signin-${issue.field}`} className="font-medium text-urgent-800 underline underline-offset-4">
                  {t("form.fieldError", { field: fieldLabel(issue.field), message: issueMessage(issue) })}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {formError && (
        <div ref={alertRef} tabIndex={-1} role="alert" className="rounded-xl border border-urgent-200 bg-urgent-50 p-4 text-urgent-800">
          <p className="font-semibold">{t("form.failedTitle")}</p>
          <p className="mt-1">{errorText(formError)}</p>
          {formError.code === "throttled" && <p className="mt-1 text-sm">{t("errors.throttledHint")}</p>}
        </div>
      )}

      <div>
        <label htmlFor={`signin-${identifier}`} className="block font-semibold text-ink-900">
          {fieldLabel(identifier)}
        </label>
        <p id={`signin-${identifier}-hint`} className="mt-0.5 text-sm text-ink-600">
          {t(identifier === "phone" ? "form.phoneHint" : "form.emailHint")}
        </p>
        <input
          id={`signin-${identifier}`}
          name={identifier}
          type={identifier === "phone" ? "tel" : "email"}
          inputMode={identifier === "phone" ? "tel" : "email"}
          autoComplete={identifier === "phone" ? "tel" : "username"}
          autoCapitalize="none"
          spellCheck={false}
          required
          aria-invalid={issueFor(identifier) ? true : undefined}
          aria-describedby={describedBy(identifier, `signin-${identifier}-hint`)}
          className={`${inputClass} border-line`}
        />
        {issueFor(identifier) && (
          <p id={`signin-${identifier}-error`} className="mt-1.5 text-sm font-medium text-urgent-700">
            {issueMessage(issueFor(identifier)!)}
          </p>
        )}
      </div>

      <div>
        <label htmlFor="signin-password" className="block font-semibold text-ink-900">
          {t("form.password")}
        </label>
        <input
          id="signin-password"
          name="password"
          type={isPasswordShown ? "text" : "password"}
          autoComplete="current-password"
          required
          aria-invalid={issueFor("password") ? true : undefined}
          aria-describedby={describedBy("password")}
          className={`${inputClass} border-line`}
        />
        {issueFor("password") && (
          <p id="signin-password-error" className="mt-1.5 text-sm font-medium text-urgent-700">
            {issueMessage(issueFor("password")!)}
          </p>
        )}
        <label className="mt-2 inline-flex min-h-11 cursor-pointer items-center gap-2 text-sm text-ink-700">
          <input type="checkbox" className="size-4 accent-brand-700" checked={isPasswordShown} onChange={(e) => setIsPasswordShown(e.target.checked)} />
          {t("form.showPassword")}
        </label>
      </div>

      <button type="submit" className="btn-primary w-full disabled:opacity-70" disabled={!isHydrated || isPending}>
        {isPending ? t("form.submitting") : t("form.submit")}
      </button>
    </form>
  );
}
