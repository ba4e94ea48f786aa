import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findNulText } from "./find-nul-text";

describe("findNulText", () => {
  it("names the first field whose text holds a NUL", () => {
    expect(findNulText({ message: "a\u0000b" })).toBe("message");
    expect(findNulText({ entries: [{ note: "ok" }, { note: "x\u0000" }] })).toBe("entries[1].note");
    expect(findNulText("\u0000")).toBe("(root)");
    expect(findNulText({ ["k\u0000"]: 1 })).toBe("k\u0000");
  });

  it("is null for bodies without one, and finds one added anywhere", () => {
    // Values whose JSON text shows no \u0000 escape hold no NUL (some without one are left out too: fine).
    const clean = fc.jsonValue().filter((value) => !(JSON.stringify(value) ?? "").includes("\\u0000"));
    fc.assert(
      fc.property(clean, fc.string({ minLength: 1, maxLength: 8 }).filter((key) => !key.includes("\u0000") && key !== "rest" && key !== "__proto__"), (value, key) => {
        expect(findNulText(value)).toBeNull();
        expect(findNulText({ [key]: "a\u0000", rest: value })).toBe(key);
        expect(findNulText([value, ["\u0000"]])).toBe("[1][0]");
      }),
    );
  });
});
