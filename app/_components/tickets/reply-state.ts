/** Why a customer's reply came back instead of being added (each has a sentence in messages/<locale>/tickets.json). */
export type CustomerReplyProblem = "message.required" | "message.tooLong" | "rateLimited" | "closed";

/** What the reply box shows after a send that added nothing: the problem and what was typed. */
export type CustomerReplyState = { problem: CustomerReplyProblem; retryMinutes?: number; draft: string };
