/** "13800000001" -> "138****0001", the form lists and audit rows show; other shapes hide fully. */
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : "***";
}
