"use client";

import type { ReactNode } from "react";
import type { CodeFormLabels } from "@/app/_components/auth/code-labels";
import { SubmitButton } from "@/app/_components/auth/submit-button";
import { TextField } from "@/app/_components/auth/text-field";
import { fillTemplate } from "@/lib/i18n/fill-template";

/**
 * The steps of both code forms. First the phone number and "text me a code"; once sent, what
 * happened, the form's own fields (`children`: the code, a new password, the submit button),
 * then "send again" (after its countdown) and a way back to change the number.
 * Without JavaScript every button submits the form with its `intent` for the server action; the
 * two links come after the submit button so that Enter in a field submits, not "send again".
 * They only show once a code was asked for: by the script, or by the server action (no script).
 */
export function PhoneCodeStep({
  idPrefix,
  labels,
  sentTo,
  phone,
  secondsLeft,
  isSending,
  phoneProblem,
  isHydrated,
  onResend,
  onChangePhone,
  children,
}: {
  idPrefix: string;
  labels: CodeFormLabels;
  /** The phone the code was sent to, or null on the phone step. */
  sentTo: string | null;
  /** What the phone field starts with: the number typed before, when the form came back. */
  phone: string;
  secondsLeft: number;
  isSending: boolean;
  phoneProblem?: string;
  isHydrated: boolean;
  onResend: () => void;
  onChangePhone: () => void;
  children: ReactNode;
}) {
  if (!sentTo) {
    return (
      <>
        <TextField
          id={`${idPrefix}-phone`}
          name="phone"
          label={labels.phone}
          hint={labels.phoneHint}
          problem={phoneProblem}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          required
          defaultValue={phone}
        />
        <SubmitButton isHydrated={isHydrated} isBusy={isSending || secondsLeft > 0} intent="send" className="btn-primary w-full disabled:opacity-70">
          {isSending ? labels.sending : secondsLeft > 0 ? fillTemplate(labels.resendIn, { seconds: secondsLeft }) : labels.send}
        </SubmitButton>
      </>
    );
  }
  // Once the script runs these two are plain buttons; before, they submit the form.
  const linkType = isHydrated ? "button" : "submit";
  return (
    <>
      <p role="status" className="rounded-xl border border-line bg-calm-50 p-3 text-sm text-calm-700">
        {fillTemplate(labels.sentNotice, { phone: sentTo })}
      </p>
      <input type="hidden" name="phone" value={sentTo} />
      {children}
      <div className="flex flex-wrap gap-x-4">
        <button type={linkType} name="intent" value="resend" className="text-link min-h-11 text-sm disabled:text-ink-600 disabled:no-underline" disabled={secondsLeft > 0 || isSending} onClick={isHydrated ? onResend : undefined}>
          {secondsLeft > 0 ? fillTemplate(labels.resendIn, { seconds: secondsLeft }) : labels.resend}
        </button>
        <button type={linkType} name="intent" value="change-phone" className="text-link min-h-11 text-sm" onClick={isHydrated ? onChangePhone : undefined}>
          {labels.changePhone}
        </button>
      </div>
    </>
  );
}
