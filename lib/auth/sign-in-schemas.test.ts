import { describe, expect, it } from "vitest";
import { fieldIssues, staffSignInSchema, walletSignInSchema } from "@/lib/auth/sign-in-schemas";

describe("walletSignInSchema", () => {
  it.each(["13800000001", "138 0000 0001", "138-0000-0001", "+86 138 0000 0001", "+8613800000001", "0086 13800000001", "8613800000001", " (138) 0000 0001 "])(
    "reads %j as 13800000001",
    (phone) => {
      expect(walletSignInSchema.parse({ phone, password: "x" }).phone).toBe("13800000001");
    },
  );

  it.each([
    ["", "phone.required"],
    ["12345", "phone.format"],
    ["23800000001", "phone.format"],
    ["138000000012", "phone.format"],
    ["138abcd0001", "phone.format"],
  ])("refuses %j with %s", (phone, issue) => {
    const result = walletSignInSchema.safeParse({ phone, password: "x" });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldIssues(result.error)).toEqual([{ field: "phone", issue }]);
  });

  it("names every failing field once, in form order", () => {
    const result = walletSignInSchema.safeParse({ phone: "1", password: "" });
    expect(result.success || fieldIssues(result.error)).toEqual([
      { field: "phone", issue: "phone.format" },
      { field: "password", issue: "password.required" },
    ]);
  });
});

describe("staffSignInSchema", () => {
  it("trims and lower-cases the email", () => {
    expect(staffSignInSchema.parse({ email: "  Agent@Example.COM ", password: "x" }).email).toBe("agent@example.com");
  });

  it("refuses a missing or malformed email and an over-long password", () => {
    const result = staffSignInSchema.safeParse({ email: "agent@", password: "p".repeat(257) });
    expect(result.success || fieldIssues(result.error)).toEqual([
      { field: "email", issue: "email.format" },
      { field: "password", issue: "password.tooLong" },
    ]);
    const empty = staffSignInSchema.safeParse({});
    expect(empty.success || fieldIssues(empty.error)).toEqual([
      { field: "email", issue: "email.required" },
      { field: "password", issue: "password.required" },
    ]);
  });
});
