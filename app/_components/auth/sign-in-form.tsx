"use client";

import { useActionState, useRef, useState, type FormEvent } from "react";
import { passwordSignInAction } from "@/app/[locale]/(public)/signin/actions";
import type { SignInLabels } from "@/app/_components/auth/sign-in-labels";
import { useSignedInUser } from "@/app/_components/auth/use-signed-in-user";
import { postCredentials } from "@/app/_components/auth/post-credentials";
import { throttledText } from "@/app/_components/auth/throttled-text";
import { SubmitButton } from "@/app/_components/auth/submit-button";
import { useIsHydrated, useQueryString } from "@/app/_components/auth/use-query-string";
import { placeSignInError } from "@/lib/auth/place-sign-in-error";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { checkSignInFields, type SignInField, type SignInProvider } from "@/lib/auth/sign-in-fields";
import { decodeSignInError } from "@/lib/auth/sign-in-errors";
import type { FormRefusal, PasswordSignInState, PlacedRefusal } from "@/lib/auth/sign-in-form-state";
import { fillTemplate } from "@/lib/i18n/fill-template";

/** What next-auth's error page sent back here as ?error=<code>, placed as the form shows it. */
function errorFromQuery(search: string): PlacedRefusal | null {
  const code = new URLSearchParams(search).get("error");
  return code ? placeSignInError(decodeSignInError(code)) : null;
}

const inputClass =
  "mt-1.5 block min-h-11 w-full rounded-lg border border-line-strong bg-white px-3 py-2 text-base text-ink-900 shadow-sm placeholder:text-ink-600 aria-[invalid=true]:border-urgent-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-urgent-700";

/**
 * The page around this form is static (the same HTML for everyone), so what depends on the
 * visit is read here in the browser: `callbackUrl` and `error` from the query string, and who is
 * already signed in. The browser checks the fields first (same rules as the server's zod schema),
 * then signs in without a page redirect so the server's reason can be shown here. Without
 * JavaScript (or before it has run) the form posts to passwordSignInAction, and the page comes
 * back with the phone or email as typed and the reason next to its field (never the password).
 */
export function SignInForm({ provider, labels, titleId }: { provider: SignInProvider; labels: SignInLabels; titleId?: string }) {
  const search = useQueryString();
  const [state, formAction] = useActionState<PasswordSignInState | null, FormData>(passwordSignInAction, null);
  // Until the visitor submits here, the form shows what the server action sent back, else what
  // the query string says (next-auth's ?error=).
  const [shown, setShown] = useState<PlacedRefusal | null>(null);
  const { issues, refusal } = shown ?? state ?? errorFromQuery(search) ?? { issues: [], refusal: null };
  const [isPending, setIsPending] = useState(false);
  const [isPasswordShown, setIsPasswordShown] = useState(false);
  const isHydrated = useIsHydrated();
  const alertRef = useRef<HTMLDivElement>(null);
  const identifier: SignInField = provider === "wallet" ? "phone" : "email";
  // Wallet users land on their own home (/me) unless a safe callbackUrl says otherwise.
  const fallback = provider === "staff" ? "/agent" : "/me";

  const signedIn = useSignedInUser();
  const notice = signedIn && fillTemplate(labels.signedInNotice, { name: signedIn.name, role: labels.roles[signedIn.role] ?? signedIn.role });

  const issueFor = (field: SignInField) => issues.find((issue) => issue.field === field);
  const fieldLabel = (field: SignInField) => (field === "password" ? labels.password : labels.identifier);

  function show(next: PlacedRefusal) {
    setShown(next);
    // Move focus to the message so keyboard and screen-reader users land on it.
    requestAnimationFrame(() => alertRef.current?.focus());
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    const data = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === "string" ? value : "";
    };
    const values = { [identifier]: text(identifier), password: text("password") };
    const found = checkSignInFields(provider, values);
    if (found.length > 0) return show({ issues: found, refusal: null });

    const redirectTo = safeCallbackUrl(new URLSearchParams(search).get("callbackUrl"), fallback);
    setIsPending(true);
    try {
      const result = await postCredentials(provider, values, redirectTo);
      if (result.ok) {
        // A full load, so the header and every server component see the new session.
        window.location.assign(redirectTo);
        return;
      }
      show(placeSignInError(decodeSignInError(result.error)));
    } catch {
      show({ issues: [], refusal: { code: "unavailable" } });
    }
    setIsPending(false);
  }

  function refusalText(reason: FormRefusal): string {
    switch (reason.code) {
      case "throttled":
      case "code-throttled":
        return throttledText(reason.seconds, labels);
      case "disabled":
        return labels.disabled;
      default:
        return labels.unavailable;
    }
  }

  const describedBy = (field: SignInField, hint?: string) =>
    [hint, issueFor(field) ? `signin-${field}-error` : undefined].filter(Boolean).join(" ") || undefined;

  return (
    <form action={formAction} noValidate aria-labelledby={titleId} onSubmit={(event) => void handleSubmit(event)} className="space-y-5" aria-busy={isPending}>
      <input type="hidden" name="provider" value={provider} />
      {notice && <p className="rounded-xl border border-line bg-calm-50 p-3 text-sm text-calm-700">{notice}</p>}
      {issues.length > 0 && (
        <div ref={alertRef} tabIndex={-1} role="alert" className="rounded-xl border border-urgent-200 bg-urgent-50 p-4 text-urgent-800">
          <p className="font-semibold">{labels.summaryTitle}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {issues.map((issue) => (
              <li key={issue.field}>
                <a href={`#signin-${issue.field}`} className="font-medium text-urgent-800 underline underline-offset-4">
                  {fillTemplate(labels.fieldError, { field: fieldLabel(issue.field), message: labels.issues[issue.issue] })}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {refusal && (
        <div ref={alertRef} tabIndex={-1} role="alert" className="rounded-xl border border-urgent-200 bg-urgent-50 p-4 text-urgent-800">
          <p className="font-semibold">{labels.failedTitle}</p>
          <p className="mt-1">{refusalText(refusal)}</p>
          {refusal.code === "throttled" && <p className="mt-1 text-sm">{labels.throttledHint}</p>}
        </div>
      )}

      <div>
        <label htmlFor={`signin-${identifier}`} className="block font-semibold text-ink-900">
          {labels.identifier}
        </label>
        <p id={`signin-${identifier}-hint`} className="mt-0.5 text-sm text-ink-600">
          {labels.identifierHint}
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
          defaultValue={state?.identifier ?? ""}
          aria-invalid={issueFor(identifier) ? true : undefined}
          aria-describedby={describedBy(identifier, `signin-${identifier}-hint`)}
          className={inputClass}
        />
        {issueFor(identifier) && (
          <p id={`signin-${identifier}-error`} className="mt-1.5 text-sm font-medium text-urgent-700">
            {labels.issues[issueFor(identifier)!.issue]}
          </p>
        )}
      </div>

      <div>
        <label htmlFor="signin-password" className="block font-semibold text-ink-900">
          {labels.password}
        </label>
        <input
          id="signin-password"
          name="password"
          type={isPasswordShown ? "text" : "password"}
          autoComplete="current-password"
          required
          aria-invalid={issueFor("password") ? true : undefined}
          aria-describedby={describedBy("password")}
          className={inputClass}
        />
        {issueFor("password") && (
          <p id="signin-password-error" className="mt-1.5 text-sm font-medium text-urgent-700">
            {labels.issues[issueFor("password")!.issue]}
          </p>
        )}
        <label className="mt-2 inline-flex min-h-11 cursor-pointer items-center gap-2 text-sm text-ink-700">
          <input type="checkbox" className="size-4 accent-brand-700" checked={isPasswordShown} onChange={(e) => setIsPasswordShown(e.target.checked)} />
          {labels.showPassword}
        </label>
      </div>

      <SubmitButton isHydrated={isHydrated} isBusy={isPending} className="btn-primary w-full disabled:opacity-70">
        {isPending ? labels.submitting : labels.submit}
      </SubmitButton>
    </form>
  );
}
