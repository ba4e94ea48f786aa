import { maskPhone } from "@/lib/accounts/mask-phone";

/** A mainland mobile number as the ticket form stores it (digits only): the one shape a phone contact has. */
export const MOBILE_PHONE = /^1\d{10}$/;

/** How an agent reaches someone who opened a ticket without signing in (often locked out of a stolen account). */
export type TicketContact = { kind: "phone" | "email"; value: string; verified: boolean };

/**
 * Pure: the contact a ticket carries, with its kind, or null when it has none. The kind is not
 * stored: createTicketSchema (ticket-input.ts) only lets in a mobile number (MOBILE_PHONE) or an
 * email, so what is not a phone is an email. `verified`: the reporter proved the phone with an
 * SMS code (contactVerifiedAt, decision 035); an email or an unproven phone may be anyone's.
 */
export function ticketContact(ticket: { contact: string | null; contactVerifiedAt: Date | null }): TicketContact | null {
  if (!ticket.contact) return null;
  return { kind: MOBILE_PHONE.test(ticket.contact) ? "phone" : "email", value: ticket.contact, verified: ticket.contactVerifiedAt !== null };
}

/** Pure: a contact as lists show it, "139****1234" or "v***@example.com"; the ticket page shows it in full. */
export function maskContact(contact: TicketContact): string {
  if (contact.kind === "phone") return maskPhone(contact.value);
  const at = contact.value.lastIndexOf("@");
  return at > 0 ? `${contact.value[0]}***${contact.value.slice(at)}` : "***";
}
