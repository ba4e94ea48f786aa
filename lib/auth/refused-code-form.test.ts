import { describe, expect, it } from "vitest";
import { refusedCodeForm } from "@/lib/auth/refused-code-form";

describe("refusedCodeForm", () => {
  it("keeps the code step and the phone after a wrong code, the error at the code field", () => {
    expect(refusedCodeForm({ from: "code", phone: "138 0000 0001", issues: [{ field: "code", issue: "code.incorrect" }] })).toEqual({
      step: "code",
      phone: "138 0000 0001",
      issues: [{ field: "code", issue: "code.incorrect" }],
      refusal: null,
    });
  });

  it("goes back to the phone step, phone as typed, when the phone is the problem", () => {
    expect(refusedCodeForm({ from: "code", phone: "12345", issues: [{ field: "phone", issue: "phone.format" }] })).toMatchObject({ step: "phone", phone: "12345" });
  });

  it("stays where it was for a refusal that concerns no field", () => {
    expect(refusedCodeForm({ from: "phone", phone: "13800000001", refusal: { code: "code-throttled", seconds: 42 } })).toEqual({
      step: "phone",
      phone: "13800000001",
      issues: [],
      refusal: { code: "code-throttled", seconds: 42 },
    });
  });
});
