import type { CodeFormLabels } from "@/app/_components/auth/code-labels";
import type { CodeRequestOutcome } from "@/app/_components/auth/use-code-request";
import type { FieldIssue } from "@/lib/auth/sign-in-fields";
import type { SignInError } from "@/lib/auth/sign-in-errors";
import { throttledText } from "@/app/_components/auth/throttled-text";
import { fillTemplate } from "@/lib/i18n/fill-template";

/** What a code form shows: field problems, or one sentence. */
export type Shown = { issues: FieldIssue[]; error: string | null };

/** After "text me a code": nothing to show when sent, else why not. */
export function describeCodeOutcome(outcome: CodeRequestOutcome, labels: CodeFormLabels): Shown {
  switch (outcome.kind) {
    case "sent":
      return { issues: [], error: null };
    case "throttled":
      return { issues: [], error: fillTemplate(labels.throttled, { seconds: outcome.seconds }) };
    case "invalid":
      return { issues: [{ field: "phone", issue: "phone.format" }], error: null };
    default:
      return { issues: [], error: labels.unavailable };
  }
}

/** A refused sign-in or password change: one message that never says whether the phone has an account. */
export function describeSignInError(error: SignInError, labels: CodeFormLabels): Shown {
  switch (error.code) {
    case "invalid-input":
      return { issues: [{ field: error.field, issue: error.issue }], error: null };
    case "throttled":
      return { issues: [], error: throttledText(error.seconds, labels) };
    case "invalid-code":
    case "invalid-credentials":
      return { issues: [], error: labels.invalidCode };
    case "disabled":
      return { issues: [], error: labels.disabled };
    default:
      return { issues: [], error: labels.unavailable };
  }
}
