import type { Prisma } from "@/generated/prisma/client";
import { literalLikeText } from "@/lib/like-pattern";

/**
 * What the queue's search box means, decided by the shape of the text: "#1042" or "1042" a
 * ticket number, 11 digits a phone, an account id, otherwise words in the subject or messages
 * (literally: `%` and `_` are not wildcards).
 */
export function ticketSearchWhere(q: string): Prisma.TicketWhereInput {
  const text = q.trim();
  const words = literalLikeText(text);
  const number = /^#?(\d{1,9})$/.exec(text);
  if (/^1\d{10}$/.test(text)) return { account: { phone: text } };
  if (number) return { number: Number(number[1]) };
  if (/^[a-z][a-z0-9_]{7,}$/i.test(text) && !text.includes(" ")) {
    return { OR: [{ accountId: text }, { subject: { contains: words, mode: "insensitive" } }] };
  }
  return { OR: [{ subject: { contains: words, mode: "insensitive" } }, { messages: { some: { body: { contains: words, mode: "insensitive" } } } }] };
}
