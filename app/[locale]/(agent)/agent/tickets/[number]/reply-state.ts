/** What the reply form shows after a submit; the draft comes back whenever nothing was sent. */
export type ReplyState =
  | { kind: "idle" }
  /** `sms`: whether the reply also went to a reporter without an account by SMS (decision 035). */
  | { kind: "sent"; version: number; sms: "sent" | "not_applicable" | "failed" }
  | { kind: "invalid"; draft: string; field: string }
  | { kind: "retry"; draft: string }
  /** Asked to pause for the customer on a ticket someone else has claimed: nothing sent. */
  | { kind: "claimed"; draft: string; holder: string }
  | { kind: "changed"; draft: string; version: number; status: string; assigneeName: string | null; latest: { body: string; visibility: string; authorName: string | null; createdAt: string }[] };
