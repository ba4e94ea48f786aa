import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "@/lib/http/safe-redirect-path";

// Pieces attackers combine: slashes both ways, dot segments raw and encoded, hosts, schemes,
// control and non-ASCII characters.
const PIECES = ["/", "//", "\\", ".", "..", "%2e", "%2E", "%2f", "%5c", "%252f", "evil.example", "@", ":", "?", "#", "%", "\t", "\n", "\u0000", " ", "http:", "javascript:", "中文", "\ud800", "a", "faq"];
const hostile = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(""));
const anyString = fc.oneof(fc.string({ unit: "grapheme", maxLength: 40 }), fc.string({ unit: "binary", maxLength: 40 }), hostile, hostile.map((s) => `/${s}`));

/** What a browser makes of a Location header on each of these sites. */
const SITES = ["https://portal.example", "http://localhost:3000", "https://portal.example:8443"];

describe("safeRedirectPath", () => {
  it.each([
    ["/", "/"],
    ["/faq?q=credit#top", "/faq?q=credit#top"],
    ["/agent/tickets/42?tab=history", "/agent/tickets/42?tab=history"],
    ["/faq/../tickets", "/tickets"],
    // Non-Latin-1 targets come back percent-encoded, ready for a Location header.
    ["/faq?q=中文", "/faq?q=%E4%B8%AD%E6%96%87"],
    ["/常见问题", "/%E5%B8%B8%E8%A7%81%E9%97%AE%E9%A2%98"],
  ])("keeps %j on this site as %j", (value, expected) => {
    expect(safeRedirectPath(value)).toBe(expected);
  });

  it.each([
    // The review's reproductions: each normalises to "//evil.example/…".
    "/.//evil.example/x",
    "/..//evil.example",
    "/a/..//evil.example",
    "/%2e//evil.example",
    "/%2E%2E//evil.example",
    // And the classics.
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "faq",
    "/\t/evil.example",
    "/\n/evil.example",
    "/a\u0000b",
    "",
    `/${"a".repeat(2048)}`,
    42,
    null,
    undefined,
  ])("refuses %j", (value) => {
    expect(safeRedirectPath(value)).toBeNull();
  });

  it("uses the first value of a repeated query parameter", () => {
    expect(safeRedirectPath(["/faq", "https://evil.example"])).toBe("/faq");
  });

  it("property: whatever the input, the answer is null or a path every browser keeps on this site", () => {
    fc.assert(
      fc.property(anyString, (value) => {
        const path = safeRedirectPath(value);
        if (path === null) return;
        expect(path).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/);
        for (const site of SITES) {
          const resolved = new URL(path, site);
          expect(resolved.origin).toBe(new URL(site).origin);
          // Already normalised: a browser resolves it to exactly this path, nothing left to collapse.
          expect(`${resolved.pathname}${resolved.search}${resolved.hash}`).toBe(path);
        }
        expect(safeRedirectPath(path)).toBe(path);
      }),
      { numRuns: 5000 },
    );
  });

  it("property: an ordinary path is kept as it is", () => {
    const segment = fc.stringMatching(/^[a-z0-9_-]{1,12}$/);
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 5 }), fc.option(segment, { nil: undefined }), (segments, query) => {
        const path = `/${segments.join("/")}${query ? `?q=${query}` : ""}`;
        expect(safeRedirectPath(path)).toBe(path);
      }),
    );
  });
});
