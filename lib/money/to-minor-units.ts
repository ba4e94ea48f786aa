// Stored money is BIGINT (docs/decisions/012-money-bigint.md); the engine and the UI work in
// numbers. This is the one place a stored amount becomes a number, and it refuses to round:
// the database's range checks keep every value exact, so a failure here means a broken row.

/** A stored amount (bigint from PostgreSQL, or a number from memory) as an exact number. */
export function toMinorUnits(value: bigint | number): number {
  const minor = Number(value);
  if (!Number.isSafeInteger(minor)) throw new RangeError(`${value} minor units cannot be held exactly as a number`);
  return minor;
}
