"use server";

import { formText, submittedForm } from "@/lib/http/form-text";
import { ID_PATTERN } from "@/lib/http/plain-text";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireStaff } from "@/lib/authz";
import { AppError } from "@/lib/errors/app-error";
import { addTicketMessage } from "@/lib/tickets/add-ticket-message";
import { assignTicket } from "@/lib/tickets/assign-ticket";
import { changeTicketStatus } from "@/lib/tickets/change-ticket-status";
import { TICKET_CLAIMED, TicketClaimedError } from "@/lib/tickets/claimed-ticket-guard";
import { resolveTicket, TOP_UP_NOT_OFFERED } from "@/lib/tickets/resolve-ticket";
import { CONFIRMED_CAUSES, RESOLUTION_ACTIONS } from "@/lib/tickets/resolution-actions";
import { parseTicketNumber } from "@/lib/tickets/parse-ticket-number";
import { touchTicketViewer } from "@/lib/tickets/touch-ticket-viewer";
import { answerRefusal } from "../../_components/answer-refusal";
import { requestIp } from "../../_components/request-ip";
import type { ReplyState } from "./reply-state";

// Numbers within PostgreSQL's int range: a bigger one is refused here, not by the database.
const number = z.string().regex(/^\d{1,9}$/).transform(Number);
const version = z.coerce.number().int().positive().max(2_147_483_647);

/** Where a form that could not be read goes back to: its ticket, or the queue when it names none. */
function invalidForm(form: FormData): never {
  const ticket = parseTicketNumber(formText(form, "number"));
  redirect(ticket === null ? "/agent/tickets" : `/agent/tickets/${ticket}?notice=invalid`);
}

const replyForm = z.object({
  number,
  version,
  body: z.string().trim().min(1).max(5000),
  visibility: z.enum(["PUBLIC", "INTERNAL"]),
  waitForCustomer: z.literal("on").optional(),
  sendAnyway: z.literal("1").optional(),
});

/** Reply or note. A stale ticket returns what changed and keeps the draft; a database error keeps it too. */
export async function sendReplyAction(_previous: ReplyState, submitted: FormData): Promise<ReplyState> {
  const actor = await requireStaff();
  const formData = submittedForm(submitted);
  const draft = formText(formData, "body");
  const parsed = replyForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { kind: "invalid", draft, field: String(parsed.error.issues[0]?.path[0] ?? "body") };
  const input = parsed.data;
  try {
    const result = await addTicketMessage({
      actor, number: input.number, body: input.body, visibility: input.visibility, seenVersion: input.version,
      sendAnyway: input.sendAnyway === "1", waitForCustomer: input.waitForCustomer === "on", ip: await requestIp(),
    });
    if (!result.ok) return { kind: "changed", draft, version: result.version, status: result.status, assigneeName: result.assigneeName, latest: result.latest.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })) };
    revalidatePath(`/agent/tickets/${input.number}`);
    return { kind: "sent", version: result.version, sms: result.sms };
  } catch (error) {
    if (error instanceof TicketClaimedError) return { kind: "claimed", draft, holder: error.holder };
    if (error instanceof AppError) answerRefusal(error);
    console.error("reply failed", error);
    return { kind: "retry", draft };
  }
}

const heartbeat = z.tuple([z.number().int().positive().max(2_147_483_647), z.boolean()]);

/** The collision notice's heartbeat (every 20 s, and when typing starts or stops); nobody else for a ticket that is not there. */
export async function heartbeatAction(number: number, isReplying: boolean) {
  const actor = await requireStaff();
  const input = heartbeat.safeParse([number, isReplying]);
  if (!input.success) return { others: [] };
  return touchTicketViewer({ actor, number: input.data[0], isReplying: input.data[1] }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") return { others: [] };
    return answerRefusal(error);
  });
}

const statusForm = z.object({ number, version, status: z.enum(["OPEN", "WAITING_ON_CUSTOMER", "CLOSED"]) });

export async function changeStatusAction(submitted: FormData): Promise<void> {
  const actor = await requireStaff();
  const formData = submittedForm(submitted);
  const parsed = statusForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) invalidForm(formData);
  const input = parsed.data;
  const ip = await requestIp();
  const notice = await outcome(() => changeTicketStatus({ actor, ...input, ip }), "status");
  redirect(`/agent/tickets/${input.number}?notice=${notice}`);
}

const assignForm = z.object({ number, version, assigneeId: z.union([z.literal(""), z.string().regex(ID_PATTERN)]) });

export async function assignAction(submitted: FormData): Promise<void> {
  const actor = await requireStaff();
  const formData = submittedForm(submitted);
  const parsed = assignForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) invalidForm(formData);
  const input = parsed.data;
  const ip = await requestIp();
  const notice = await outcome(() => assignTicket({ actor, number: input.number, version: input.version, assigneeId: input.assigneeId || null, ip }), "assigned");
  redirect(`/agent/tickets/${input.number}?notice=${notice}`);
}

const resolveForm = z.object({
  number,
  version,
  cause: z.enum(CONFIRMED_CAUSES),
  actions: z.array(z.enum(RESOLUTION_ACTIONS)).max(RESOLUTION_ACTIONS.length),
  outcome: z.string().trim().min(1).max(5000),
});

export async function resolveAction(submitted: FormData): Promise<void> {
  const actor = await requireStaff();
  const formData = submittedForm(submitted);
  const parsed = resolveForm.safeParse({ ...Object.fromEntries(formData), actions: formData.getAll("actions") });
  if (!parsed.success) {
    // The one field a person can leave out; anything else means the form did not come from the page.
    const onlyOutcome = parsed.error.issues.every((issue) => issue.path[0] === "outcome");
    if (!onlyOutcome) invalidForm(formData);
    redirect(`/agent/tickets/${parseTicketNumber(formText(formData, "number"))}?notice=outcomeRequired`);
  }
  const { outcome: publicOutcome, ...input } = parsed.data;
  const ip = await requestIp();
  const notice = await outcome(() => resolveTicket({ actor, ...input, publicOutcome, ip }), "resolved");
  redirect(`/agent/tickets/${input.number}?notice=${notice}`);
}

/**
 * A stale version or someone else's claim becomes a notice, and so does a refused value ("invalid":
 * an assignee who is not active staff; "topUpNotOffered": "Top-up advised" for a customer asked for
 * no top-up); the wrong role and an unknown ticket are the 403 and 404 pages.
 */
async function outcome(run: () => Promise<unknown>, success: string): Promise<string> {
  try {
    await run();
    return success;
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") return error.reason === TICKET_CLAIMED ? "claimedByOther" : "conflict";
    if (error instanceof AppError && error.code === "BAD_REQUEST") return error.reason === TOP_UP_NOT_OFFERED ? "topUpNotOffered" : "invalid";
    return answerRefusal(error);
  }
}
