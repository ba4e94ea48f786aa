import { describe, expect, it } from "vitest";
import { ticketConfirmationPath } from "./ticket-confirmation-path";

describe("ticketConfirmationPath", () => {
  it("sends a signed-in user to the new ticket, whatever its priority", () => {
    expect(ticketConfirmationPath({ number: 1042, priority: "URGENT", isSignedIn: true })).toBe("/tickets/1042?created=1");
    expect(ticketConfirmationPath({ number: 1042, priority: "NORMAL", isSignedIn: true })).toBe("/tickets/1042?created=1");
  });

  it("shows someone without a session the confirmation, marked urgent only for an URGENT ticket", () => {
    expect(ticketConfirmationPath({ number: 7, priority: "URGENT", isSignedIn: false })).toBe("/tickets/new?sent=7&urgent=1");
    expect(ticketConfirmationPath({ number: 7, priority: "HIGH", isSignedIn: false })).toBe("/tickets/new?sent=7");
    expect(ticketConfirmationPath({ number: 7, priority: "URGENT", isSignedIn: false, contactVerified: true })).toBe("/tickets/new?sent=7&urgent=1&verified=1");
  });
});
