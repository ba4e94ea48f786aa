"use server";

import { formText } from "@/lib/http/form-text";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireStaff } from "@/lib/authz";
import { AppError } from "@/lib/errors/app-error";
import { addTicketMessage } from "@/lib/tickets/add-ticket-message";
import { assignTicket } from "@/lib/tickets/assign-ticket";
import { changeTicketStatus } from "@/lib/tickets/change-ticket-status";
import { TICKET_CLAIMED } from "@/lib/tickets/claimed-ticket-guard";
import { resolveTicket } from "@/lib/tickets/resolve-ticket";
import { CONFIRMED_CAUSES, RESOLUTION_ACTIONS } from "@/lib/tickets/resolution-actions";
import { touchTicketViewer } from "@/lib/tickets/touch-ticket-viewer";
import { requestIp } from "../../_components/request-ip";
import type { ReplyState } from "./reply-state";

const replyForm = z.object({
  number: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
  body: z.string().trim().min(1).max(5000),
  visibility: z.enum(["PUBLIC", "INTERNAL"]),
  waitForCustomer: z.literal("on").optional(),
  sendAnyway: z.literal("1").optional(),
});

/** Reply or note. A stale ticket returns what changed and keeps the draft; a database error keeps it too. */
export async function sendReplyAction(_previous: ReplyState, formData: FormData): Promise<ReplyState> {
  const actor = await requireStaff();
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
    return { kind: "sent", version: result.version };
  } catch (error) {
    if (error instanceof AppError) throw error;
    console.error("reply failed", error);
    return { kind: "retry", draft };
  }
}

/** The collision notice's heartbeat (every 20 s, and when typing starts or stops). */
export async function heartbeatAction(number: number, isReplying: boolean) {
  const actor = await requireStaff();
  return touchTicketViewer({ actor, number, isReplying });
}

const statusForm = z.object({ number: z.coerce.number().int().positive(), version: z.coerce.number().int().positive(), status: z.enum(["OPEN", "WAITING_ON_CUSTOMER", "CLOSED"]) });

export async function changeStatusAction(formData: FormData): Promise<void> {
  const actor = await requireStaff();
  const input = statusForm.parse(Object.fromEntries(formData));
  const ip = await requestIp();
  const notice = await outcome(() => changeTicketStatus({ actor, ...input, ip }), "status");
  redirect(`/agent/tickets/${input.number}?notice=${notice}`);
}

const assignForm = z.object({ number: z.coerce.number().int().positive(), version: z.coerce.number().int().positive(), assigneeId: z.string().max(100) });

export async function assignAction(formData: FormData): Promise<void> {
  const actor = await requireStaff();
  const input = assignForm.parse(Object.fromEntries(formData));
  const ip = await requestIp();
  const notice = await outcome(() => assignTicket({ actor, number: input.number, version: input.version, assigneeId: input.assigneeId || null, ip }), "assigned");
  redirect(`/agent/tickets/${input.number}?notice=${notice}`);
}

const resolveForm = z.object({
  number: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
  cause: z.enum(CONFIRMED_CAUSES),
  actions: z.array(z.enum(RESOLUTION_ACTIONS)).max(RESOLUTION_ACTIONS.length),
  outcome: z.string().trim().min(1).max(5000),
});

export async function resolveAction(formData: FormData): Promise<void> {
  const actor = await requireStaff();
  const parsed = resolveForm.safeParse({ ...Object.fromEntries(formData), actions: formData.getAll("actions") });
  const number = Number(formData.get("number"));
  if (!parsed.success) redirect(`/agent/tickets/${number}?notice=outcomeRequired`);
  const { outcome: publicOutcome, ...input } = parsed.data;
  const ip = await requestIp();
  const notice = await outcome(() => resolveTicket({ actor, ...input, publicOutcome, ip }), "resolved");
  redirect(`/agent/tickets/${input.number}?notice=${notice}`);
}

/** A stale version or someone else's claim becomes a notice instead of an error page; others propagate. */
async function outcome(run: () => Promise<unknown>, success: string): Promise<string> {
  try {
    await run();
    return success;
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") return error.reason === TICKET_CLAIMED ? "claimedByOther" : "conflict";
    throw error;
  }
}
