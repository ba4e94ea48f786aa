/** "12.5" / "12.50" / "12" yuan typed by staff to exact fen as bigint; null unless > 0 with at most 2 decimals. */
export function parseYuan(text: string): bigint | null {
  const match = /^(\d{1,10})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const fen = BigInt(match[1]!) * 100n + BigInt((match[2] ?? "").padEnd(2, "0") || "0");
  return fen > 0n ? fen : null;
}
