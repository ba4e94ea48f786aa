"use client";

import type { CodeFormLabels } from "@/app/_components/auth/code-labels";
import { TextField } from "@/app/_components/auth/text-field";
import type { useCodeRequest } from "@/app/_components/auth/use-code-request";
import { fillTemplate } from "@/lib/i18n/fill-template";

/**
 * The first step of both code forms: the phone number and "text me a code"; once sent, what
 * happened, the countdown to "send again", and a way back to change the number.
 */
export function PhoneCodeStep({
  idPrefix,
  labels,
  codeRequest,
  phoneProblem,
  isHydrated,
  onResend,
}: {
  idPrefix: string;
  labels: CodeFormLabels;
  codeRequest: ReturnType<typeof useCodeRequest>;
  phoneProblem?: string;
  isHydrated: boolean;
  onResend: () => void;
}) {
  const { sentTo, secondsLeft, isSending } = codeRequest;
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
        />
        <button type="submit" className="btn-primary w-full disabled:opacity-70" disabled={!isHydrated || isSending || secondsLeft > 0}>
          {isSending ? labels.sending : secondsLeft > 0 ? fillTemplate(labels.resendIn, { seconds: secondsLeft }) : labels.send}
        </button>
      </>
    );
  }
  return (
    <div className="space-y-2">
      <p role="status" className="rounded-xl border border-line bg-calm-50 p-3 text-sm text-calm-700">
        {fillTemplate(labels.sentNotice, { phone: sentTo })}
      </p>
      <div className="flex flex-wrap gap-x-4">
        <button type="button" className="text-link min-h-11 text-sm disabled:text-ink-600 disabled:no-underline" disabled={secondsLeft > 0 || isSending} onClick={onResend}>
          {secondsLeft > 0 ? fillTemplate(labels.resendIn, { seconds: secondsLeft }) : labels.resend}
        </button>
        <button type="button" className="text-link min-h-11 text-sm" onClick={codeRequest.forget}>
          {labels.changePhone}
        </button>
      </div>
    </div>
  );
}
