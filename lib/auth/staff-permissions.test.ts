import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { can, PERMISSIONS } from "./staff-permissions";

describe("staff permissions", () => {
  it("lets no wallet user (or nobody) do anything on the agent side", () => {
    for (const permission of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]) {
      expect(can("WALLET_USER", permission)).toBe(false);
      expect(can(null, permission)).toBe(false);
    }
  });

  it("keeps approving adjustments and browsing the access log from agents", () => {
    expect(can("AGENT", "adjustments.approve")).toBe(false);
    expect(can("AGENT", "audit.browse")).toBe(false);
    expect(can("SUPERVISOR", "adjustments.approve")).toBe(true);
  });

  it("is the same table as docs/permissions.md", () => {
    const doc = fs.readFileSync(path.join(__dirname, "..", "..", "docs", "permissions.md"), "utf8");
    const rows = [...doc.matchAll(/^\| `([a-z.]+)` \| (.+?) \| (.+?) \| (.+?) \|/gm)].map(([, name, agent, supervisor, admin]) => [
      name,
      [agent, supervisor, admin].map((cell) => cell!.trim() === "yes"),
    ]);
    const expected = Object.entries(PERMISSIONS).map(([name, roles]) => [name, (["AGENT", "SUPERVISOR", "ADMIN"] as const).map((role) => (roles as readonly string[]).includes(role))]);
    expect(rows).toEqual(expected);
  });
});
