/**
 * Rule 1's order: indices of the entries at or before `asOfMs`, by time, ties in file order.
 * Histories usually arrive sorted (the database pages them by occurredAt, seq), so a sorted input
 * skips the O(n log n) sort.
 */
export function orderEntries(timesMs: Float64Array, asOfMs: number): Int32Array {
  let count = 0;
  let isSorted = true;
  let previous = -Infinity;
  for (let i = 0; i < timesMs.length; i++) {
    const at = timesMs[i]!;
    if (at > asOfMs) continue;
    if (at < previous) isSorted = false;
    previous = at;
    count++;
  }
  const order = new Int32Array(count);
  let next = 0;
  for (let i = 0; i < timesMs.length; i++) {
    if (timesMs[i]! <= asOfMs) order[next++] = i;
  }
  // The index tie-break makes the result independent of the sort's stability.
  if (!isSorted) order.sort((a, b) => timesMs[a]! - timesMs[b]! || a - b);
  return order;
}
