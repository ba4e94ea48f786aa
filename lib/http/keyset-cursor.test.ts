import { describe, expect, it } from "vitest";
import { z } from "zod";
import { decodeCursor, encodeCursor } from "./keyset-cursor";

const schema = z.object({ at: z.iso.datetime(), seq: z.number().int() });

describe("keyset cursors", () => {
  it("round-trips the last row's key", () => {
    const key = { at: "2026-11-30T02:00:00.000Z", seq: 42 };
    expect(decodeCursor(encodeCursor(key), schema)).toEqual(key);
  });

  it("refuses tampered or foreign text instead of throwing", () => {
    expect(decodeCursor("not a cursor!", schema)).toBeNull();
    expect(decodeCursor(encodeCursor({ at: "yesterday", seq: 1 }), schema)).toBeNull();
    expect(decodeCursor(Buffer.from("{oops").toString("base64url"), schema)).toBeNull();
    expect(decodeCursor("x".repeat(600), schema)).toBeNull();
  });
});
