import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildDemoDataset } from "./build-demo-dataset";
import { DEMO_LOGINS, DEMO_PASSWORDS } from "./demo-logins";
import { SCENARIOS } from "./scenarios";

const data = buildDemoDataset();
const ROOT = path.resolve(__dirname, "../..");

/** Cells of the first markdown table after `heading` in `file` (header and rule rows left out). */
function tableAfter(file: string, heading: string): string[][] {
  const lines = readFileSync(path.join(ROOT, file), "utf8").split("\n");
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`${file}: no "${heading}"`);
  const first = lines.findIndex((line, i) => i > start && line.startsWith("|"));
  const rows: string[][] = [];
  for (let i = first + 2; lines[i]?.startsWith("|"); i++) rows.push(lines[i]!.split("|").slice(1, -1).map((cell) => cell.trim()));
  return rows;
}
const quoted = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

/** The portal user a documented login (email or phone) signs in as, and the password that works for it. */
function signInFor(login: string) {
  const user = data.portalUsers.find((u) => u.email === login || u.phone === login);
  return { role: user?.role, name: user?.name, password: user ? DEMO_PASSWORDS[user.password] : undefined };
}

describe("the demo logins", () => {
  it("are the ones the README's table gives, with the passwords it gives", () => {
    const roles: Record<string, string> = { "support agent": "AGENT", supervisor: "SUPERVISOR", admin: "ADMIN", "wallet user": "WALLET_USER" };
    const rows = tableAfter("README.md", "## Demo logins");
    expect(rows.map(([who]) => who)).toEqual(Object.keys(roles));
    for (const [who, , logins, password] of rows) {
      for (const login of quoted(logins!)) {
        expect(signInFor(login), login).toMatchObject({ role: roles[who!], password: quoted(password!)[0] });
      }
    }
    const documented = rows.flatMap(([, , logins]) => quoted(logins!));
    const staff = data.portalUsers.filter((u) => u.role !== "WALLET_USER").map((u) => u.email);
    expect(documented).toEqual(expect.arrayContaining(staff));
  });

  it("are the ones docs/demo-data.md lists, staff by name and personas by phone", () => {
    for (const [who, login, password] of tableAfter("docs/demo-data.md", "## Sign-ins")) {
      const [email] = quoted(login!);
      expect(signInFor(email!), email).toMatchObject({ password: quoted(password!)[0] });
      if (email!.includes("@")) expect(signInFor(email!).name, email).toBe(who!.split(",")[0]);
    }
    const personas = tableAfter("docs/demo-data.md", "## Personas and what the diagnosis must say");
    const byPhone = (a: { phone?: string }, b: { phone?: string }) => (a.phone! < b.phone! ? -1 : 1);
    expect(personas.map(([name, phone, locale]) => ({ name, phone, locale })).sort(byPhone)).toEqual(
      DEMO_LOGINS.wallet.map(({ name, phone, locale }) => ({ name, phone, locale })).sort(byPhone),
    );
    for (const [, phone] of personas) expect(signInFor(phone!), phone).toMatchObject({ role: "WALLET_USER", password: "wallet-demo-2026" });
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
    // Each is a persona's own, or opened without signing in by a persona who proved their phone.
    expect(data.tickets.every((t) => ids.has(t.requesterId ?? "") || (t.requesterId === null && t.contactVerifiedAt instanceof Date && data.accounts.some((a) => a.id === t.accountId && a.phone === t.contact)))).toBe(true);
    const anonymous = data.tickets.find((t) => t.id === "tkt_wu_min");
    expect(anonymous).toMatchObject({ requesterId: null, verified: false, contact: "13800000020", priority: "URGENT", accountId: "acc_wu_min" });
    expect(data.ticketMessages.filter((m) => m.ticketId === "tkt_wu_min" && m.visibility === "PUBLIC").map((m) => m.authorId)).toEqual([null, "usr_agent_wang", null]);
    expect(data.tickets.find((t) => t.id === "tkt_zhao_lei")?.priority).toBe("URGENT");
    const resolved = data.tickets.filter((t) => t.status === "RESOLVED");
    expect(resolved).toHaveLength(1);
    expect(resolved[0]?.resolution).toBeTruthy();
    expect(data.ticketMessages.some((m) => m.visibility === "INTERNAL")).toBe(true);
    expect(data.ticketEvents.filter((e) => e.type === "CREATED")).toHaveLength(data.tickets.length);
  });
});
