/** Why the new-ticket form came back instead of opening a ticket (each has a sentence in messages/<locale>/tickets.json). */
export const TICKET_FORM_PROBLEMS = [
  "message.required", "message.tooLong", "contact.format", "contact.required",
  "contactCode.format", "contactCode.phoneOnly", "contactCode.wrong", "contactCode.expired", "contactCode.tooManyTries", "codeRateLimited",
  "rateLimited", "rateLimitedAccount", "inProgress", "keyReused", "staff",
] as const;
export type TicketFormProblem = (typeof TICKET_FORM_PROBLEMS)[number];

/** The form field a problem is about (its message is shown next to it), or null for the form as a whole. */
export function problemField(problem: TicketFormProblem | null): "message" | "contact" | "contactCode" | null {
  if (!problem) return null;
  if (problem.startsWith("message.")) return "message";
  if (problem.startsWith("contact.") || problem === "contactCode.phoneOnly") return "contact";
  if (problem.startsWith("contactCode.") || problem === "codeRateLimited") return "contactCode";
  return null;
}

/**
 * What the form shows after a send that did not open a ticket: the problem, and everything that
 * was typed (with the form's idempotency key, so sending again cannot open a second ticket).
 * `codeSentTo`: the masked phone a code was just sent to ("send me a code" keeps the draft too).
 */
export type TicketFormState = {
  problem: TicketFormProblem | null;
  retryMinutes?: number;
  retrySeconds?: number;
  codeSentTo?: string;
  draft: { message: string; contact: string; contactCode: string; key: string };
};
