import { describe, expect, it } from "vitest";
import { diagnoseAccount } from "./diagnose-account";
import { generateSyntheticHistory } from "./generate-synthetic-history";
import { parseAccountHistory } from "./parse-account-history";

describe("the engine on a large synthetic history", () => {
  const history = generateSyntheticHistory({ entryCount: 50_000, seed: 7 });

  it("is valid input, negative at the end and contains new-device debits", () => {
    expect(parseAccountHistory(history).ok).toBe(true);
    const diagnosis = diagnoseAccount(history);
    expect(diagnosis.isNegative).toBe(true);
    expect(diagnosis.urgent).toBe(true);
    expect(diagnosis.causes.reduce((sum, cause) => sum + cause.amountMinor, 0)).toBe(diagnosis.amountToRestoreMinor);
  });

  it("gives the same answer whether or not the file arrives sorted", () => {
    const [first, second, ...rest] = history.entries;
    expect(Date.parse(first!.occurredAt)).toBeLessThan(Date.parse(second!.occurredAt));
    const unsorted = { ...history, entries: [second!, ...rest, first!] };
    expect(diagnoseAccount(unsorted)).toEqual(diagnoseAccount(history));
  });

  it("is deterministic for a seed", () => {
    expect(generateSyntheticHistory({ entryCount: 200, seed: 7 })).toEqual(generateSyntheticHistory({ entryCount: 200, seed: 7 }));
  });
});
