import { describe, expect, it } from "vitest";
import { parseSeedArgs } from "./seed-args";

describe("seed command-line flags", () => {
  it("seed the demo world when given nothing", () => {
    expect(parseSeedArgs([])).toEqual({ ok: true, options: { reset: false, help: false, scale: null } });
  });

  it("read the scale mode in either spelling", () => {
    const expected = { ok: true, options: { reset: true, help: false, scale: { accounts: 50_000, entries: 1_000_000 } } };
    expect(parseSeedArgs(["--reset", "--accounts", "50000", "--entries", "1000000"])).toEqual(expected);
    expect(parseSeedArgs(["--accounts=50000", "--entries=1000000", "--reset"])).toEqual(expected);
  });

  it.each([
    [["--accounts", "abc", "--entries", "10"], /--accounts must be a whole number/],
    [["--accounts", "10", "--entries", "-5"], /--entries must be a whole number/],
    [["--accounts", "0", "--entries", "5"], /--accounts must be at least 1/],
    [["--accounts", "10"], /--accounts and --entries go together/],
    [["--entries"], /--entries needs a value/],
    [["--accounts", "1.5", "--entries", "10"], /--accounts must be a whole number/],
    [["--frobnicate"], /Unknown argument "--frobnicate"/],
  ])("refuse %j with a message naming the flag", (argv, message) => {
    const result = parseSeedArgs(argv);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
