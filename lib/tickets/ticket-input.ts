import { z } from "zod";
import { MOBILE_PHONE } from "./ticket-contact";

/*
 * What a customer may send: one schema per input, issue messages are keys under
 * `tickets.validation.*` (pages translate them; the API answers them with English sentences,
 * TICKET_ISSUE_TEXT). Limits are documented in docs/api.md.
 */
export const MESSAGE_MAX_LENGTH = 2000;
export const CONTACT_MAX_LENGTH = 254;

const message = z
  .string({ error: "message.required" })
  .trim()
  .min(1, { error: "message.required" })
  .max(MESSAGE_MAX_LENGTH, { error: "message.tooLong" });

/** Digits only for phones ("138 0000 0001" and "138-0000-0001" are the same number). */
const contact = z
  .string({ error: "contact.format" })
  .trim()
  .max(CONTACT_MAX_LENGTH, { error: "contact.format" })
  .transform((value) => (/^[\d\s-]+$/.test(value) ? value.replace(/[\s-]/g, "") : value.toLowerCase()))
  .refine((value) => MOBILE_PHONE.test(value) || z.email().safeParse(value).success, { error: "contact.format" });

export const createTicketSchema = z.object({
  message,
  contact: contact.optional(),
  /** The SMS code sent to the phone in `contact` (POST /api/auth/code, purpose `ticket`): proves the reporter holds it (decision 035). */
  contactCode: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.string({ error: "contactCode.format" }).trim().regex(/^\d{6}$/, { error: "contactCode.format" }).optional(),
  ),
  /** The result page the user came from (decides the priority when the engine has no say). */
  result: z.enum(["refund", "promo", "hack", "overdraft", "unsure"], { error: "result.unknown" }).optional(),
  wizardSessionId: z.string().max(64, { error: "wizardSessionId.unknown" }).optional(),
});

export const replySchema = z.object({ message });

export type CreateTicketInput = z.infer<typeof createTicketSchema>;

export const TICKET_ISSUE_TEXT: Record<string, string> = {
  "message.required": "Write what happened: the message must not be empty.",
  "message.tooLong": `The message is longer than ${MESSAGE_MAX_LENGTH} characters.`,
  "contact.format": "Give an 11-digit mobile number or an email address.",
  "contact.required": "Without a session, give a phone number or an email so support can reach you.",
  "contactCode.format": "The code from the SMS is 6 digits.",
  "contactCode.phoneOnly": "A code proves a mobile number: give a mobile number as the contact, or leave the code out.",
  "contactCode.wrong": "This code is not the one we sent to this number: check the SMS and try again.",
  "contactCode.expired": "This code has expired or was already used: ask for a new one.",
  "contactCode.tooManyTries": "Too many wrong tries for this code: ask for a new one.",
  "result.unknown": "Unknown result.",
  "wizardSessionId.unknown": "Unknown wizard session.",
};

/** The first issue per field as `{ path, code }`, in the order of the schema. */
export function ticketIssues(error: z.ZodError): { path: string; code: string }[] {
  const seen = new Set<string>();
  return error.issues.flatMap((issue) => {
    const path = String(issue.path[0] ?? "body");
    if (seen.has(path)) return [];
    seen.add(path);
    return [{ path, code: issue.message in TICKET_ISSUE_TEXT ? issue.message : `${path}.required` }];
  });
}
