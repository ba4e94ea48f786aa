import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkTimestamp } from "./check-timestamp";
import { parseTimestampMs } from "./parse-timestamp-ms";

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

// Every shape validation accepts: optional seconds, 1-9 fraction digits, Z or an offset.
const validTimestamp = fc
  .record({
    year: fc.integer({ min: 1, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.option(fc.integer({ min: 0, max: 59 })),
    fraction: fc.option(fc.stringMatching(/^\d{1,9}$/)),
    zone: fc.oneof(
      fc.constant("Z"),
      fc.tuple(fc.constantFrom("+", "-"), fc.integer({ min: 0, max: 14 }), fc.constantFrom(0, 30, 45)).map(
        ([sign, h, m]) => `${sign}${pad(h)}:${pad(m)}`,
      ),
    ),
  })
  .map(({ year, month, day, hour, minute, second, fraction, zone }) => {
    const seconds = second === null ? "" : `:${pad(second)}${fraction === null ? "" : `.${fraction}`}`;
    return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}${seconds}${zone}`;
  });

describe("parseTimestampMs", () => {
  it("agrees with Date.parse on every timestamp validation accepts", () => {
    fc.assert(
      fc.property(validTimestamp, (text) => {
        expect(checkTimestamp(text)).toBeNull();
        expect(parseTimestampMs(text)).toBe(Date.parse(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads leap days, offsets, fractions and dates before 1970", () => {
    expect(parseTimestampMs("2024-02-29T23:59:59.999Z")).toBe(Date.UTC(2024, 1, 29, 23, 59, 59, 999));
    expect(parseTimestampMs("2024-09-01T08:00:00+08:00")).toBe(Date.UTC(2024, 8, 1, 0, 0, 0));
    expect(parseTimestampMs("2024-09-01T10:00:00.123456Z")).toBe(Date.UTC(2024, 8, 1, 10, 0, 0, 123));
    expect(parseTimestampMs("1969-12-31T23:59:59Z")).toBe(-1000);
  });
});

describe("checkTimestamp", () => {
  it("rejects what Date.parse would silently accept or roll over", () => {
    expect(Date.parse("2024-02-30T10:00:00Z")).not.toBeNaN();
    expect(checkTimestamp("2024-02-30T10:00:00Z")).toBe('"2024-02-30T10:00:00Z" is not a real date: 2024-02 has 29 days');
    expect(checkTimestamp("1900-02-29T00:00:00Z")).toBe('"1900-02-29T00:00:00Z" is not a real date: 1900-02 has 28 days');
    expect(checkTimestamp("2000-02-29T00:00:00Z")).toBeNull();
    expect(checkTimestamp("2024-04-31T00:00:00Z")).toMatch(/2024-04 has 30 days/);
    expect(checkTimestamp("2024-09-01T10:60:00Z")).toMatch(/not a real time of day/);
    expect(checkTimestamp("2024-09-01T10:00:00+24:00")).toMatch(/impossible zone offset/);
    expect(checkTimestamp("2024-09-01T10:00:00z")).toMatch(/must be an ISO-8601 timestamp/);
  });
});
