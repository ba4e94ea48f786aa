/** A ticket number from a URL segment: a positive integer in PostgreSQL's int range, else null. */
export function parseTicketNumber(segment: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(segment)) return null;
  const number = Number(segment);
  return number <= 2_147_483_647 ? number : null;
}
