import type { FieldIssue } from "@/lib/auth/sign-in-fields";
import type { CodeFormState, FormRefusal } from "@/lib/auth/sign-in-form-state";

/**
 * A code form that comes back without signing in or saving: to the phone step when the phone
 * is the problem, else to the step it was sent from, with the phone as typed. The code and any
 * password are never part of it: the person types them again.
 */
export function refusedCodeForm(options: { from: "phone" | "code"; phone: string; issues?: FieldIssue[]; refusal?: FormRefusal | null }): CodeFormState {
  const { from, phone, issues = [], refusal = null } = options;
  return { step: issues.some((issue) => issue.field === "phone") ? "phone" : from, phone, issues, refusal };
}
