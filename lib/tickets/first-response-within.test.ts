import { describe, expect, it } from "vitest";
import { firstResponseWithin } from "./first-response-within";

describe("firstResponseWithin", () => {
  it("says the URGENT first-response target (30 minutes) in the reader's language", () => {
    expect(firstResponseWithin("URGENT", "en")).toBe("30 min");
    expect(firstResponseWithin("URGENT", "zh-CN")).toBe("30分钟");
  });

  it("follows the priority: HIGH promises an hour, NORMAL four", () => {
    expect(firstResponseWithin("HIGH", "en")).toBe("1 h");
    expect(firstResponseWithin("NORMAL", "zh-CN")).toBe("4小时");
  });
});
