/** What the reply form shows after a submit; the draft comes back whenever nothing was sent. */
export type ReplyState =
  | { kind: "idle" }
  | { kind: "sent"; version: number }
  | { kind: "invalid"; draft: string; field: string }
  | { kind: "retry"; draft: string }
  /** Asked to pause for the customer on a ticket someone else has claimed: nothing sent. */
  | { kind: "claimed"; draft: string; holder: string }
  | { kind: "changed"; draft: string; version: number; status: string; assigneeName: string | null; latest: { body: string; visibility: string; authorName: string | null; createdAt: string }[] };
