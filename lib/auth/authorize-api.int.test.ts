import { encode } from "next-auth/jwt";
import { NextResponse } from "next/server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-secret-integration";
const { db } = await import("@/lib/db");
const { authorizeApi } = await import("@/lib/authz");
const { STAFF_ROLES } = await import("@/lib/auth/session-user");
const { sessionCookieName } = await import("@/lib/auth/session-cookie");

const run = Date.now().toString(36);
const ids: string[] = [];
let seq = 0;

async function createUser(role: "WALLET_USER" | "AGENT", disabled = false) {
  const user = await db.portalUser.create({
    data: { role, email: `${role.toLowerCase()}-api-${run}-${++seq}@test.example`, name: role === "AGENT" ? "Zhao Min" : "Sun Li", passwordHash: "x", disabledAt: disabled ? new Date() : null },
  });
  ids.push(user.id);
  return user;
}

/** A request carrying a session cookie exactly as next-auth would have set it. */
async function requestAs(user: { id: string; role: Role; name: string } | null) {
  const headers = new Headers();
  if (user) {
    const token = await encode({
      secret: process.env.NEXTAUTH_SECRET!,
      token: { sub: user.id, user: { id: user.id, role: user.role, name: user.name, locale: "zh-CN", walletAccountId: null } },
    });
    headers.set("cookie", `${sessionCookieName()}=${token}`);
  }
  return new Request("http://localhost/api/anything", { method: "POST", headers, body: JSON.stringify({ keep: "me" }) });
}

let agent: Awaited<ReturnType<typeof createUser>>;
let walletUser: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  agent = await createUser("AGENT");
  walletUser = await createUser("WALLET_USER");
});

afterAll(async () => {
  await db.portalUser.deleteMany({ where: { id: { in: ids } } });
  await db.$disconnect();
});

async function expectJson(result: unknown, status: number, body: { error: string }) {
  expect(result).toBeInstanceOf(NextResponse);
  const response = result as NextResponse;
  expect(response.status).toBe(status);
  expect(response.headers.get("cache-control")).toBe("no-store");
  // The documented error shape: a code and a sentence.
  expect(await response.json()).toEqual({ ...body, message: expect.any(String) });
}

describe("authorizeApi", () => {
  it("answers 401 without a session", async () => {
    await expectJson(await authorizeApi(await requestAs(null), { roles: STAFF_ROLES }), 401, { error: "unauthenticated" });
  });

  it("answers 401 for a forged cookie", async () => {
    const request = new Request("http://localhost/api/x", { headers: { cookie: `${sessionCookieName()}=not-a-jwt` } });
    await expectJson(await authorizeApi(request), 401, { error: "unauthenticated" });
  });

  it("answers 403 for the wrong role and returns the user for the right one", async () => {
    await expectJson(await authorizeApi(await requestAs(walletUser), { roles: STAFF_ROLES }), 403, { error: "forbidden" });
    const request = await requestAs(agent);
    expect(await authorizeApi(request, { roles: STAFF_ROLES })).toEqual({ id: agent.id, role: "AGENT", name: "Zhao Min", locale: "zh-CN", walletAccountId: null });
    // The handler can still read the body afterwards.
    expect(await request.json()).toEqual({ keep: "me" });
  });

  it("follows the database, not the token: a disabled user is signed out, a changed role applies at once", async () => {
    const user = await createUser("AGENT");
    await db.portalUser.update({ where: { id: user.id }, data: { role: "WALLET_USER" } });
    await expectJson(await authorizeApi(await requestAs(user), { roles: STAFF_ROLES }), 403, { error: "forbidden" });
    await db.portalUser.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    await expectJson(await authorizeApi(await requestAs(user)), 401, { error: "unauthenticated" });
  });
});
