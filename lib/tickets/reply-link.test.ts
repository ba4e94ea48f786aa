import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkReplyLink, readReplyLink, REPLY_LINK_LIFETIME_MS, signReplyLink } from "./reply-link";

const secret = "test-secret-of-at-least-16-chars";
const ticket = { id: "cm3ticketinternalid0001", number: 1042 };
const now = new Date("2026-12-02T08:00:00Z");
const expiresAt = new Date(now.getTime() + REPLY_LINK_LIFETIME_MS);

describe("reply links", () => {
  it("opens its own ticket until it expires", () => {
    const token = signReplyLink({ secret, ticket, expiresAt });
    expect(token).toMatch(/^1042\.[0-9a-z]+\.[\w-]{22}$/);
    expect(readReplyLink(token)).toEqual({ number: 1042, expiresAt: new Date(Math.floor(expiresAt.getTime() / 1000) * 1000) });
    expect(checkReplyLink({ secret, token, ticket, now })).toBe("ok");
    expect(checkReplyLink({ secret, token, ticket, now: new Date(expiresAt.getTime() + 1000) })).toBe("expired");
  });

  it("is forged for another ticket, another secret, a later expiry or a changed signature", () => {
    const token = signReplyLink({ secret, ticket, expiresAt });
    const [number, expiry, sig] = token.split(".") as [string, string, string];
    expect(checkReplyLink({ secret, token, ticket: { id: "cm3otherticket000000002", number: 1042 }, now })).toBe("forged");
    expect(checkReplyLink({ secret: "another-secret-of-16-chars!", token, ticket, now })).toBe("forged");
    const later = (parseInt(expiry, 36) + 86_400).toString(36);
    expect(checkReplyLink({ secret, token: `${number}.${later}.${sig}`, ticket, now })).toBe("forged");
    expect(checkReplyLink({ secret, token: `1043.${expiry}.${sig}`, ticket: { ...ticket, number: 1043 }, now })).toBe("forged");
    const flipped = `${sig.slice(0, -1)}${sig.endsWith("A") ? "B" : "A"}`;
    expect(checkReplyLink({ secret, token: `${number}.${expiry}.${flipped}`, ticket, now })).toBe("forged");
  });

  it("never accepts a guessed token, and never throws on any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (token) => {
        readReplyLink(token);
        expect(checkReplyLink({ secret, token, ticket, now })).toBe("forged");
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[\w-]{22}$/), (sig) => {
        const expiry = Math.floor(expiresAt.getTime() / 1000).toString(36);
        expect(checkReplyLink({ secret, token: `1042.${expiry}.${sig}`, ticket, now })).toBe("forged");
      }),
    );
  });

  it("reads nothing from text that is not shaped like a token", () => {
    for (const token of ["", "1042", "1042..x", "0.abc.aaaaaaaaaaaaaaaaaaaaaa", "1042.ABC.aaaaaaaaaaaaaaaaaaaaaa", "1042.abc.short", "../1042.abc.aaaaaaaaaaaaaaaaaaaaaa"]) expect(readReplyLink(token)).toBeNull();
  });
});
