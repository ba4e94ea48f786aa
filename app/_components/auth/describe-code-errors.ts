import type { CodeFormLabels } from "@/app/_components/auth/code-labels";
import type { CodeRequestOutcome } from "@/app/_components/auth/use-code-request";
import { placeSignInError } from "@/lib/auth/place-sign-in-error";
import type { FieldIssue } from "@/lib/auth/sign-in-fields";
import type { SignInError } from "@/lib/auth/sign-in-errors";
import type { FormRefusal, PlacedRefusal } from "@/lib/auth/sign-in-form-state";
import { throttledText } from "@/app/_components/auth/throttled-text";
import { fillTemplate } from "@/lib/i18n/fill-template";

/** What a code form shows: field problems (each next to its field), or one sentence. */
export type Shown = { issues: FieldIssue[]; error: string | null };

/** After "text me a code": nothing to show when sent, else why not. */
export function describeCodeOutcome(outcome: CodeRequestOutcome, labels: CodeFormLabels): Shown {
  switch (outcome.kind) {
    case "sent":
      return { issues: [], error: null };
    case "throttled":
      return describePlaced({ issues: [], refusal: { code: "code-throttled", seconds: outcome.seconds } }, labels);
    case "invalid":
      return { issues: [{ field: "phone", issue: "phone.format" }], error: null };
    default:
      return { issues: [], error: labels.unavailable };
  }
}

/** The sentence of a refusal that concerns no field. */
function describeRefusal(refusal: FormRefusal, labels: CodeFormLabels): string {
  switch (refusal.code) {
    case "throttled":
      return throttledText(refusal.seconds, labels);
    case "code-throttled":
      return fillTemplate(labels.throttled, { seconds: refusal.seconds });
    case "disabled":
      return labels.disabled;
    default:
      return labels.unavailable;
  }
}

/** Field problems as they are, a general refusal in words (also what a server action sent back). */
export function describePlaced(placed: PlacedRefusal, labels: CodeFormLabels): Shown {
  return { issues: placed.issues, error: placed.refusal ? describeRefusal(placed.refusal, labels) : null };
}

/** A refused sign-in or password change: a wrong code at the code field, and never whether the phone has an account. */
export function describeSignInError(error: SignInError, labels: CodeFormLabels): Shown {
  return describePlaced(placeSignInError(error), labels);
}
