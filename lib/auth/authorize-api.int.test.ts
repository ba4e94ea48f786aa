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
const { endSession } = await import("@/lib/auth/end-session");

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

type TokenUser = { id: string; role: Role; name: string; sessionVersion?: number; authTime?: number };

/** A session token exactly as next-auth would have issued it at sign-in. */
function tokenFor(user: TokenUser) {
  return encode({
    secret: process.env.NEXTAUTH_SECRET!,
    token: { sub: user.id, user: { id: user.id, role: user.role, name: user.name, locale: "zh-CN", walletAccountId: null }, sessionVersion: user.sessionVersion, authTime: user.authTime ?? Math.floor(Date.now() / 1000) },
  });
}

/** A request carrying that token in the session cookie (or as `Authorization: Bearer`). */
async function requestAs(user: TokenUser | null, { bearer = false } = {}) {
  const headers = new Headers();
  if (user) {
    const token = await tokenFor(user);
    headers.set(bearer ? "authorization" : "cookie", bearer ? `Bearer ${token}` : `${sessionCookieName()}=${token}`);
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

  it("follows the database, not the token: a role change or disabling ends the user's sessions at once", async () => {
    const changed = await createUser("AGENT");
    const token = await requestAs(changed);
    await db.portalUser.update({ where: { id: changed.id }, data: { role: "SUPERVISOR" } });
    await expectJson(await authorizeApi(token, { roles: STAFF_ROLES }), 401, { error: "unauthenticated" });

    const disabled = await createUser("AGENT");
    const before = await requestAs(disabled);
    await db.portalUser.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    await expectJson(await authorizeApi(before), 401, { error: "unauthenticated" });
    // Even a token issued with the new version does not help while the account is disabled.
    const current = await db.portalUser.findUniqueOrThrow({ where: { id: disabled.id } });
    await expectJson(await authorizeApi(await requestAs(current)), 401, { error: "unauthenticated" });
  });

  it("ends every copy of a session at sign-out, as a cookie and as a Bearer token, and audits it once with the IP", async () => {
    const user = await createUser("AGENT");
    expect(await authorizeApi(await requestAs(user, { bearer: true }), { roles: STAFF_ROLES })).toMatchObject({ id: user.id });

    const ip = `10.99.${seq % 250}.7`;
    const sessionUser = { id: user.id, role: user.role, name: user.name, locale: "zh-CN", walletAccountId: null };
    expect(await endSession({ user: sessionUser, sessionVersion: user.sessionVersion, ip })).toBe(true);
    await expectJson(await authorizeApi(await requestAs(user)), 401, { error: "unauthenticated" });
    await expectJson(await authorizeApi(await requestAs(user, { bearer: true })), 401, { error: "unauthenticated" });
    // Signing out again with the stale copy changes nothing and is not audited twice.
    expect(await endSession({ user: sessionUser, sessionVersion: user.sessionVersion, ip })).toBe(false);
    const audit = await db.auditLog.findMany({ where: { action: "auth.sign_out", targetId: user.id } });
    expect(audit.map((row) => [row.actorId, row.ip])).toEqual([[user.id, ip]]);
  });

  it("ends sessions when the password changes, and refuses tokens issued before session versions existed", async () => {
    const user = await createUser("AGENT");
    const copied = await requestAs(user);
    await db.portalUser.update({ where: { id: user.id }, data: { passwordHash: "y" } });
    await expectJson(await authorizeApi(copied), 401, { error: "unauthenticated" });
    const fresh = await db.portalUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(fresh.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await authorizeApi(await requestAs(fresh))).toMatchObject({ id: user.id });
    await expectJson(await authorizeApi(await requestAs({ ...fresh, sessionVersion: undefined })), 401, { error: "unauthenticated" });
  });

  it("ends a session 8 hours after its sign-in, however freshly next-auth re-issued the token", async () => {
    const user = await createUser("AGENT");
    const hoursAgo = (hours: number) => Math.floor(Date.now() / 1000) - hours * 3600;
    // encode() gives each token a new iat and exp, as every GET /api/auth/session does: only authTime is old.
    expect(await authorizeApi(await requestAs({ ...user, authTime: hoursAgo(7.9) }))).toMatchObject({ id: user.id });
    await expectJson(await authorizeApi(await requestAs({ ...user, authTime: hoursAgo(8) - 60 })), 401, { error: "unauthenticated" });
    await expectJson(await authorizeApi(await requestAs({ ...user, authTime: hoursAgo(8) - 60 }, { bearer: true })), 401, { error: "unauthenticated" });
    // A token without a sign-in time (issued before this rule) is no session either.
    const request = new Request("http://localhost/api/x", {
      headers: { cookie: `${sessionCookieName()}=${await encode({ secret: process.env.NEXTAUTH_SECRET!, token: { sub: user.id, user: { id: user.id, role: "AGENT", name: user.name, locale: "zh-CN", walletAccountId: null }, sessionVersion: user.sessionVersion } })}` },
    });
    await expectJson(await authorizeApi(request), 401, { error: "unauthenticated" });
  });

  it("does not end sessions for changes that do not matter to them", async () => {
    const user = await createUser("AGENT");
    await db.portalUser.update({ where: { id: user.id }, data: { name: "Zhao Min (night shift)", lastSignInAt: new Date() } });
    expect(await authorizeApi(await requestAs(user))).toMatchObject({ id: user.id, name: "Zhao Min (night shift)" });
  });
});
