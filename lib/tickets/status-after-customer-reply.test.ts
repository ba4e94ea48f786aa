import { describe, expect, it } from "vitest";
import { statusAfterCustomerReply } from "./status-after-customer-reply";

describe("statusAfterCustomerReply", () => {
  it("reopens a ticket waiting on the customer or resolved: OPEN with an agent, NEW without", () => {
    expect(statusAfterCustomerReply("WAITING_ON_CUSTOMER", true)).toBe("OPEN");
    expect(statusAfterCustomerReply("RESOLVED", false)).toBe("NEW");
  });
  it("leaves a ticket support is already working on where it is", () => {
    expect(statusAfterCustomerReply("OPEN", true)).toBe("OPEN");
    expect(statusAfterCustomerReply("NEW", false)).toBe("NEW");
  });
});
