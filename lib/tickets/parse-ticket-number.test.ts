import { describe, expect, it } from "vitest";
import { parseTicketNumber } from "./parse-ticket-number";

describe("parseTicketNumber", () => {
  it("reads a positive integer that fits PostgreSQL's int, and nothing else", () => {
    expect(parseTicketNumber("1042")).toBe(1042);
    expect(parseTicketNumber("2147483647")).toBe(2147483647);
    for (const bad of ["0", "-1", "01", "1e3", "2147483648", "12abc", "", "1.5"]) expect(parseTicketNumber(bad), bad).toBeNull();
  });
});
