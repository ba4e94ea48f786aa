"use server";

import { refresh } from "next/cache";
import { notFound, redirect } from "next/navigation";
import type { CustomerReplyState } from "@/app/_components/tickets/reply-state";
import { formText, submittedForm } from "@/lib/http/form-text";
import { replyLinkPath } from "@/lib/tickets/send-reply-sms";
import { submitLinkReply } from "@/lib/tickets/submit-link-reply";

/**
 * The reply box on a reply-link page (also without JavaScript), with the rules of
 * POST /api/tickets/link/{token}/messages. The token is the only credential: a forged one is a
 * 404, a link that stopped working shows the page again (which says why).
 */
export async function sendLinkReplyAction(_previous: CustomerReplyState | null, submitted: FormData): Promise<CustomerReplyState> {
  const formData = submittedForm(submitted);
  const token = formText(formData, "token");
  const draft = formText(formData, "message");
  const outcome = await submitLinkReply({ token, body: { message: draft } });
  switch (outcome.kind) {
    case "not_found":
      return notFound();
    case "gone":
      return { problem: "closed", draft };
    case "invalid":
      return { problem: outcome.issues[0]?.code === "message.tooLong" ? "message.tooLong" : "message.required", draft };
    case "rate_limited":
      return { problem: "rateLimited", retryMinutes: Math.max(1, Math.ceil(outcome.retryAfterSeconds / 60)), draft };
    case "sent":
      refresh();
      redirect(`${replyLinkPath(token)}?sent=1#latest`);
  }
}
