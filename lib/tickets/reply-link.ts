import { createHmac, timingSafeEqual } from "node:crypto";

/*
 * The link an SMS reply carries, so a reporter without an account can read and answer their
 * ticket (decision 035). Pure: the secret and the clock are the caller's.
 *
 * A token is `<number>.<expiry>.<signature>`: the ticket number, the expiry in seconds since
 * 1970 (base 36), and 128 bits of an HMAC-SHA256 keyed by the server secret over the ticket's
 * internal id, number and expiry. Knowing a ticket number is not enough to make one (the id is
 * never shown to a reporter, and the key never leaves the server); changing any part breaks it.
 * Nothing is stored: a link dies when it expires or when its ticket is closed.
 */

/** How long a link works: each reply sends a new one, so a reporter who is answered stays in. */
export const REPLY_LINK_LIFETIME_MS = 14 * 24 * 60 * 60_000;

const TOKEN = /^([1-9]\d{0,9})\.([0-9a-z]{1,10})\.([\w-]{22})$/;

export type ReplyLinkClaim = { number: number; expiresAt: Date };

function signature(secret: string, ticketId: string, number: number, expiry: string): string {
  return createHmac("sha256", secret).update(`ticket-reply-link:${ticketId}:${number}:${expiry}`).digest("base64url").slice(0, 22);
}

/** A link's token for this ticket, working until `expiresAt`. */
export function signReplyLink(options: { secret: string; ticket: { id: string; number: number }; expiresAt: Date }): string {
  const expiry = Math.floor(options.expiresAt.getTime() / 1000).toString(36);
  return `${options.ticket.number}.${expiry}.${signature(options.secret, options.ticket.id, options.ticket.number, expiry)}`;
}

/** What a token says about itself, unchecked (the ticket to look up), or null when it is not shaped like one. */
export function readReplyLink(token: string): ReplyLinkClaim | null {
  const match = TOKEN.exec(token);
  if (!match) return null;
  const number = Number(match[1]);
  const seconds = parseInt(match[2]!, 36);
  if (!Number.isSafeInteger(number) || !Number.isSafeInteger(seconds)) return null;
  return { number, expiresAt: new Date(seconds * 1000) };
}

export type ReplyLinkVerdict = "ok" | "forged" | "expired";

/** Whether a token was signed for this ticket (constant time), and whether it still works at `now`. */
export function checkReplyLink(options: { secret: string; token: string; ticket: { id: string; number: number }; now: Date }): ReplyLinkVerdict {
  const match = TOKEN.exec(options.token);
  if (!match || Number(match[1]) !== options.ticket.number) return "forged";
  const expected = Buffer.from(signature(options.secret, options.ticket.id, options.ticket.number, match[2]!));
  const given = Buffer.from(match[3]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "forged";
  return parseInt(match[2]!, 36) * 1000 > options.now.getTime() ? "ok" : "expired";
}
