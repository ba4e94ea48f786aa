import { describe, expect, it } from "vitest";
import { buildDemoDataset } from "./build-demo-dataset";
import { DEMO_LOGINS, DEMO_PASSWORDS } from "./demo-logins";
import { SCENARIOS } from "./scenarios";

const data = buildDemoDataset();

describe("the demo logins", () => {
  it("give each staff role its documented account and password", () => {
    const staff = data.portalUsers.filter((u) => u.role !== "WALLET_USER");
    expect(staff.map((u) => [u.email, u.role, u.password])).toEqual([
      ["agent@example.com", "AGENT", "staff"],
      ["agent2@example.com", "AGENT", "staff"],
      ["supervisor@example.com", "SUPERVISOR", "staff"],
      ["admin@example.com", "ADMIN", "staff"],
    ]);
    expect(staff.find((u) => u.email === "agent@example.com")?.name).toBe("王客服");
    expect(DEMO_PASSWORDS).toEqual({ staff: "portal-demo-2026", wallet: "wallet-demo-2026" });
  });

  it("let every persona sign in with the phone of the account they own", () => {
    const accounts = new Map(data.accounts.map((a) => [a.id, a]));
    for (const login of DEMO_LOGINS.wallet) {
      const user = data.portalUsers.find((u) => u.phone === login.phone);
      expect(user?.role, login.phone).toBe("WALLET_USER");
      expect(user?.password, login.phone).toBe("wallet");
      expect(accounts.get(user?.walletAccountId ?? "")?.phone, login.phone).toBe(login.phone);
    }
    const situations = new Set(SCENARIOS.map((s) => s.situation));
    for (const situation of situations) {
      expect(DEMO_LOGINS.wallet.some((l) => SCENARIOS.find((s) => s.key === l.scenario)?.situation === situation), situation).toBe(true);
    }
  });

  it("mask phones the way staff lists show them", () => {
    expect(data.accounts.find((a) => a.id === "acc_zhang_wei")?.phoneMasked).toBe("138****0001");
  });

  it("open tickets on persona accounts, urgent for the takeover and resolved once", () => {
    const ids = new Set(DEMO_LOGINS.wallet.map((l) => l.id));
    expect(data.tickets.length).toBeGreaterThanOrEqual(6);
    expect(data.tickets.every((t) => ids.has(t.requesterId ?? ""))).toBe(true);
    expect(data.tickets.find((t) => t.id === "tkt_zhao_lei")?.priority).toBe("URGENT");
    const resolved = data.tickets.filter((t) => t.status === "RESOLVED");
    expect(resolved).toHaveLength(1);
    expect(resolved[0]?.resolution).toBeTruthy();
    expect(data.ticketMessages.some((m) => m.visibility === "INTERNAL")).toBe(true);
    expect(data.ticketEvents.filter((e) => e.type === "CREATED")).toHaveLength(data.tickets.length);
  });
});
