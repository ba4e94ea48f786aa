import { describe, expect, it } from "vitest";
import { ticketSearchWhere } from "./ticket-search-where";

describe("ticketSearchWhere", () => {
  it("reads #1042 and 1042 as a ticket number", () => {
    expect(ticketSearchWhere("#1042")).toEqual({ number: 1042 });
    expect(ticketSearchWhere(" 1042 ")).toEqual({ number: 1042 });
  });

  it("reads 11 digits starting with 1 as a phone number", () => {
    expect(ticketSearchWhere("13800000001")).toEqual({ account: { phone: "13800000001" } });
  });

  it("looks for anything else in subjects and messages", () => {
    expect(ticketSearchWhere("优惠券 退款")).toMatchObject({ OR: [{ subject: { contains: "优惠券 退款" } }, { messages: expect.anything() }] });
  });

  it("searches for % and _ literally, not as wildcards", () => {
    expect(ticketSearchWhere("100% off_")).toMatchObject({ OR: [{ subject: { contains: "100\\% off\\_" } }, { messages: { some: { body: { contains: "100\\% off\\_" } } } }] });
  });
});
