import type { Diagnosis } from "@/lib/diagnosis/diagnosis-types";
import { chooseAccountView } from "@/lib/wizard/choose-account-view";

type TopUpInput = Pick<Diagnosis, "isNegative" | "primaryCause" | "urgent" | "unauthorizedDebits" | "actions">;

/**
 * Whether an agent may advise this customer to top up: the top-up reply templates and the
 * "Top-up advised" resolution action are offered, and recorded, only then. The answer is the
 * customer pages' own (`chooseAccountView`'s asksTopUp: `TOP_UP` in the engine's actions), so an
 * agent never asks for money the customer's own page says is not owed yet: a deficit that is all
 * unauthorized debits is investigated first (contract version 3). Without a diagnosis (a ticket
 * linked to no account) there is no deficit to top up, so nothing is offered either.
 */
export function offersTopUp(diagnosis: TopUpInput | null): boolean {
  return diagnosis !== null && chooseAccountView(diagnosis).asksTopUp;
}
