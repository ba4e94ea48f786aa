import { describe, expect, it } from "vitest";
import { buildBalanceTimeline, replayWithTimeline } from "./build-balance-timeline";
import { diagnoseAccount } from "./diagnose-account";
import { generateSyntheticHistory } from "./generate-synthetic-history";

describe("replayWithTimeline", () => {
  it("gives the same diagnosis and timeline from one replay as from two", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const history = generateSyntheticHistory({ entryCount: 400, seed });
      const { timeline, replay } = replayWithTimeline(history);
      expect(diagnoseAccount(history, replay)).toEqual(diagnoseAccount(history));
      expect(timeline).toEqual(buildBalanceTimeline(history));
    }
  });
});
