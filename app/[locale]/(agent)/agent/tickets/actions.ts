"use server";

import { formText, submittedForm } from "@/lib/http/form-text";
import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/authz";
import { claimTicket } from "@/lib/tickets/claim-ticket";
import { parseTicketNumber } from "@/lib/tickets/parse-ticket-number";
import { answerRefusal } from "../_components/answer-refusal";
import { requestIp } from "../_components/request-ip";

/** The queue's Claim button: back to the ticket when won, back to the queue saying who has it when lost. */
export async function claimTicketAction(formData: unknown): Promise<void> {
  const actor = await requireStaff();
  const number = parseTicketNumber(formText(submittedForm(formData), "number"));
  if (number === null) redirect("/agent/tickets");
  const result = await claimTicket({ actor, number, ip: await requestIp() }).catch(answerRefusal);
  if (result.ok) redirect(`/agent/tickets/${number}?notice=claimed`);
  redirect(`/agent/tickets?notice=${result.reason}&n=${number}`);
}
