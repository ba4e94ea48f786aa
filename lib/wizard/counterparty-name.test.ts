import { describe, expect, it } from "vitest";
import { counterpartyName } from "./counterparty-name";

describe("counterpartyName", () => {
  it("shows the name after the ledger's kind code", () => {
    expect(counterpartyName("merchant:京东")).toBe("京东");
    expect(counterpartyName("bank:某城商银行(尾号8812)")).toBe("某城商银行(尾号8812)");
    expect(counterpartyName("user:林**(177****0938)")).toBe("林**(177****0938)");
  });

  it("keeps a colon that belongs to the name", () => {
    expect(counterpartyName("merchant:Shop: Outlet")).toBe("Shop: Outlet");
  });

  it("leaves a plain name, a name that only looks like a code, and nothing at all as they are", () => {
    expect(counterpartyName("Goodwill")).toBe("Goodwill");
    expect(counterpartyName("StreamMax: annual plan")).toBe("StreamMax: annual plan");
    expect(counterpartyName("merchant:")).toBe("merchant:");
    expect(counterpartyName(null)).toBe("");
    expect(counterpartyName(undefined)).toBe("");
  });
});
