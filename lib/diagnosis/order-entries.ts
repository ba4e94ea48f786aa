/**
 * Rule 1's order: the entries at or before `asOfMs`, by time, ties in file order. Returns null
 * when the file is already in that order (skipping later entries), which is the usual case: the
 * database pages entries by (occurredAt, seq). Otherwise the indices, sorted in O(n log n).
 */
export function orderEntries(timesMs: Float64Array, asOfMs: number): Int32Array | null {
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
  if (isSorted) return null;
  const order = new Int32Array(count);
  let next = 0;
  for (let i = 0; i < timesMs.length; i++) {
    if (timesMs[i]! <= asOfMs) order[next++] = i;
  }
  // The index tie-break makes the result independent of the sort's stability.
  order.sort((a, b) => timesMs[a]! - timesMs[b]! || a - b);
  return order;
}
