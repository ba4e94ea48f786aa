import { describe, expect, it } from "vitest";
import { z } from "zod";
import { cursorParam, decodeCursor, encodeCursor, FOREIGN_CURSOR_TEXT } from "./keyset-cursor";
import { parseQuery, QUERY_ISSUE } from "./parse-query";

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

describe("the cursor query parameter", () => {
  const list = z.object({ cursor: cursorParam(schema).optional() });
  const otherList = z.object({ d: z.iso.datetime().nullable(), n: z.number().int() });

  it("hands the list its decoded key", () => {
    const key = { at: "2026-11-30T02:00:00.000Z", seq: 7 };
    expect(parseQuery({ cursor: encodeCursor(key) }, list)).toEqual({ ok: true, value: { cursor: key } });
  });

  it("names the cursor, with a code the pages explain, for another list's cursor, garbage or a repeated parameter", () => {
    const foreign = { ok: false, errors: [{ path: "cursor", message: FOREIGN_CURSOR_TEXT, code: QUERY_ISSUE.foreignCursor }] };
    expect(parseQuery({ cursor: encodeCursor(otherList.parse({ d: null, n: 3 })) }, list)).toEqual(foreign);
    expect(parseQuery({ cursor: "%%%" }, list)).toEqual(foreign);
    expect(parseQuery(new URLSearchParams("cursor=a&cursor=b"), list)).toEqual(foreign);
  });
});
