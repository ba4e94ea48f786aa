import { describe, expect, it } from "vitest";
import { createTicketSchema, MESSAGE_MAX_LENGTH, ticketIssues } from "./ticket-input";

const issues = (body: unknown) => {
  const parsed = createTicketSchema.safeParse(body);
  return parsed.success ? [] : ticketIssues(parsed.error);
};

describe("createTicketSchema", () => {
  it("refuses an empty or blank message and one over the limit, naming the field", () => {
    expect(issues({ message: "   " })).toEqual([{ path: "message", code: "message.required" }]);
    expect(issues({})).toEqual([{ path: "message", code: "message.required" }]);
    expect(issues({ message: "x".repeat(MESSAGE_MAX_LENGTH + 1) })).toEqual([{ path: "message", code: "message.tooLong" }]);
    expect(issues({ message: "x".repeat(MESSAGE_MAX_LENGTH) })).toEqual([]);
  });

  it("accepts a mobile number with spaces or dashes, or an email, and nothing else as contact", () => {
    expect(createTicketSchema.parse({ message: "hi", contact: "138 0000-0001" }).contact).toBe("13800000001");
    expect(createTicketSchema.parse({ message: "hi", contact: "Me@Example.com" }).contact).toBe("me@example.com");
    for (const bad of ["12345", "not an email", "<script>@x"]) expect(issues({ message: "hi", contact: bad })).toEqual([{ path: "contact", code: "contact.format" }]);
  });

  it("keeps markup as plain text (it is escaped when shown, never stripped or run)", () => {
    expect(createTicketSchema.parse({ message: "<img src=x onerror=alert(1)>" }).message).toBe("<img src=x onerror=alert(1)>");
  });
});
