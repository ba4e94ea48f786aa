import { describe, expect, it } from "vitest";
import { createTicketSchema } from "./ticket-input";
import { maskContact, ticketContact } from "./ticket-contact";

describe("ticketContact", () => {
  it("names a mobile number a phone and anything else the form accepts an email, verified only when the phone was proven with a code", () => {
    expect(ticketContact({ contact: "13900001234", contactVerifiedAt: null })).toEqual({ kind: "phone", value: "13900001234", verified: false });
    expect(ticketContact({ contact: "victim@example.com", contactVerifiedAt: null })).toEqual({ kind: "email", value: "victim@example.com", verified: false });
    expect(ticketContact({ contact: "13900001234", contactVerifiedAt: new Date("2026-12-01T02:00:00Z") })?.verified).toBe(true);
    // An email made of digits is still an email.
    expect(ticketContact({ contact: "13900001234@qq.com", contactVerifiedAt: null })?.kind).toBe("email");
  });

  it("is null for a ticket without a contact (a signed-in customer's)", () => {
    expect(ticketContact({ contact: null, contactVerifiedAt: new Date() })).toBeNull();
    expect(ticketContact({ contact: "", contactVerifiedAt: new Date() })).toBeNull();
  });

  it("reads what the ticket form stores the way a person typed it", () => {
    const stored = (typed: string) => ticketContact({ contact: createTicketSchema.parse({ message: "hi", contact: typed }).contact!, contactVerifiedAt: null });
    expect(stored("139 0000-1234")).toEqual({ kind: "phone", value: "13900001234", verified: false });
    expect(stored(" Li.Na@Example.com ")).toEqual({ kind: "email", value: "li.na@example.com", verified: false });
  });
});

describe("maskContact", () => {
  it("keeps a phone's first three and last four digits and an email's first letter and domain", () => {
    expect(maskContact({ kind: "phone", value: "13900001234", verified: false })).toBe("139****1234");
    expect(maskContact({ kind: "email", value: "victim@example.com", verified: false })).toBe("v***@example.com");
    expect(maskContact({ kind: "email", value: "a@b.cn", verified: false })).toBe("a***@b.cn");
  });

  it("hides a value of an unexpected shape entirely", () => {
    expect(maskContact({ kind: "email", value: "@example.com", verified: false })).toBe("***");
    expect(maskContact({ kind: "phone", value: "1390000", verified: false })).toBe("***");
  });
});
