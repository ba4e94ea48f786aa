/** "1042" from a URL segment as a ticket number, or null (then the page or API says 404). */
export function ticketNumberParam(text: string): number | null {
  return /^\d{1,9}$/.test(text) ? Number(text) : null;
}
