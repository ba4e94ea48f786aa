import { afterAll, describe, expect, inject, it } from "vitest";

// lib/db.ts reads DATABASE_URL when first imported: point it at the run's database first.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-test-secret-0123456789";
// Not started by scripts/start.ts, so a deployment as far as the sender knows: choose it (decision 026).
process.env.SMS_PROVIDER = "development";
const { db } = await import("@/lib/db");
const { sendOneTimeCode } = await import("@/lib/auth/send-one-time-code");
const { consumeOneTimeCode } = await import("@/lib/auth/consume-one-time-code");
const { authorizeCodeSignIn } = await import("@/lib/auth/authorize-code-sign-in");
const { authorizeSignIn } = await import("@/lib/auth/authorize-sign-in");
const { PASSWORD_CHECK_LIMIT, resetPassword } = await import("@/lib/auth/reset-password");
const { throttleCodeRequest } = await import("@/lib/auth/throttle-code-request");
const { pruneOneTimeCodes } = await import("@/lib/auth/prune-one-time-codes");
const { hashPassword } = await import("@/lib/auth/password");

let phoneSeq = Number(String(Date.now()).slice(-7)) * 10;
const nextPhone = () => `17${String(phoneSeq++).padStart(9, "0").slice(-9)}`;
let ipSeq = 0;
const freshIp = () => `10.12.${Math.floor(Math.random() * 250)}.${++ipSeq % 250}`;
const TEMPLATE = "code {code}, {minutes} minutes";
const createdUsers: string[] = [];
const createdAccounts: string[] = [];

async function walletUser(options: { password?: string } = {}) {
  const phone = nextPhone();
  const user = await db.portalUser.create({
    data: { role: "WALLET_USER", phone, name: "Zhao Lei", passwordHash: options.password ? await hashPassword(options.password) : null },
  });
  createdUsers.push(user.id);
  return user;
}

/** Sends a code the way the route does, and reads it back from the development outbox. */
async function codeFor(phone: string, purpose: "SIGN_IN" | "PASSWORD" = "SIGN_IN"): Promise<string> {
  await sendOneTimeCode({ phone, purpose, ip: freshIp(), template: TEMPLATE });
  const message = await db.smsOutboxMessage.findFirstOrThrow({ where: { to: phone }, orderBy: { sentAt: "desc" } });
  return message.code!;
}

afterAll(async () => {
  await db.portalUser.deleteMany({ where: { id: { in: createdUsers } } });
  await db.walletAccount.deleteMany({ where: { id: { in: createdAccounts } } });
  await db.$disconnect();
});

describe("sending a code", () => {
  it("stores only a keyed hash, writes the SMS to the outbox and audits it", async () => {
    const user = await walletUser();
    const code = await codeFor(user.phone!);
    expect(code).toMatch(/^\d{6}$/);
    const stored = await db.oneTimeCode.findFirstOrThrow({ where: { phone: user.phone! } });
    expect(stored.codeHash).not.toContain(code);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(5 * 60_000);
    const message = await db.smsOutboxMessage.findFirstOrThrow({ where: { to: user.phone! } });
    expect(message.text).toBe(`code ${code}, 5 minutes`);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "auth.code.sent", targetId: user.id } });
    expect(audit.metadata).toMatchObject({ purpose: "SIGN_IN", provider: "development" });
  });

  it("in a deployment without SMS_PROVIDER (a bare `next start`), sends nothing anywhere and audits the failure", async () => {
    const user = await walletUser();
    process.env.SMS_PROVIDER = "";
    try {
      await expect(sendOneTimeCode({ phone: user.phone!, purpose: "SIGN_IN", ip: freshIp(), template: TEMPLATE })).rejects.toThrow(/^SMS_PROVIDER is not set/);
    } finally {
      process.env.SMS_PROVIDER = "development";
    }
    expect(await db.smsOutboxMessage.count({ where: { to: user.phone! } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "auth.code.send_failed", targetId: user.id } });
    expect(audit.metadata).toMatchObject({ provider: "none" });
  });

  it("sends nothing to a phone without an account, and only audits that", async () => {
    const phone = nextPhone();
    const ip = freshIp();
    await sendOneTimeCode({ phone, purpose: "SIGN_IN", ip, template: TEMPLATE });
    expect(await db.oneTimeCode.count({ where: { phone } })).toBe(0);
    expect(await db.smsOutboxMessage.count({ where: { to: phone } })).toBe(0);
    expect(await db.auditLog.count({ where: { ip, action: "auth.code.not_sent" } })).toBe(1);
  });

  it("throttles per phone (a minute between codes) and per IP, whether or not the phone has an account", async () => {
    const ip = freshIp();
    const phone = nextPhone();
    expect(await throttleCodeRequest({ phone, purpose: "SIGN_IN", ip })).toEqual({ ok: true });
    const again = await throttleCodeRequest({ phone, purpose: "SIGN_IN", ip });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.retryAfterSeconds).toBeGreaterThan(50);
    // 20 an hour per IP: 19 more phones pass, the 21st request is refused.
    for (let i = 0; i < 18; i++) expect((await throttleCodeRequest({ phone: nextPhone(), purpose: "SIGN_IN", ip })).ok).toBe(true);
    expect((await throttleCodeRequest({ phone: nextPhone(), purpose: "SIGN_IN", ip })).ok).toBe(false);
  });
});

describe("signing in with a code", () => {
  it("accepts the right code once, and refuses it the second time with the same answer as a wrong one", async () => {
    const user = await walletUser();
    const code = await codeFor(user.phone!);
    const first = await authorizeCodeSignIn({ credentials: { phone: user.phone, code: `${code.slice(0, 3)} ${code.slice(3)}` }, ip: freshIp() });
    expect(first).toMatchObject({ ok: true, user: { id: user.id, role: "WALLET_USER" } });
    const again = await authorizeCodeSignIn({ credentials: { phone: user.phone, code }, ip: freshIp() });
    expect(again).toEqual({ ok: false, error: { code: "invalid-code" } });
    const stranger = await authorizeCodeSignIn({ credentials: { phone: nextPhone(), code }, ip: freshIp() });
    expect(stranger).toEqual(again);
    expect(await db.auditLog.count({ where: { action: "auth.sign_in.success", targetId: user.id, metadata: { path: ["provider"], equals: "wallet-code" } } })).toBe(1);
  });

  it("refuses a code after its 5 minutes", async () => {
    const user = await walletUser();
    const code = await codeFor(user.phone!);
    const later = new Date(Date.now() + 5 * 60_000 + 1000);
    expect(await authorizeCodeSignIn({ credentials: { phone: user.phone, code }, ip: freshIp(), now: later })).toEqual({ ok: false, error: { code: "invalid-code" } });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "auth.sign_in.failure", targetId: user.id }, orderBy: { id: "desc" } });
    expect(audit.metadata).toMatchObject({ reason: "code-expired" });
  });

  it("allows 5 tries per code: the right code after 5 wrong ones no longer works", async () => {
    const user = await walletUser();
    const code = await codeFor(user.phone!);
    const wrong = code === "000000" ? "111111" : "000000";
    const now = new Date();
    for (let i = 0; i < 5; i++) expect(await consumeOneTimeCode({ phone: user.phone!, purpose: "SIGN_IN", code: wrong, now })).toBe("wrong");
    expect(await consumeOneTimeCode({ phone: user.phone!, purpose: "SIGN_IN", code, now })).toBe("too-many-tries");
  });

  it("slows the phone on a network after 5 failed tries at sign-in, for phones with and without an account", async () => {
    for (const phone of [(await walletUser()).phone!, nextPhone()]) {
      const ip = freshIp();
      const results = [];
      for (let i = 0; i < 6; i++) results.push(await authorizeCodeSignIn({ credentials: { phone, code: "000000" }, ip }));
      expect(results.slice(0, 4).every((r) => !r.ok && r.error.code === "invalid-code")).toBe(true);
      expect(results.slice(4).map((r) => !r.ok && r.error.code)).toEqual(["throttled", "throttled"]);
    }
  });

  it("gives the owner of a wallet account who never used the portal a user without a password", async () => {
    const phone = nextPhone();
    const account = await db.walletAccount.create({ data: { ownerName: "吴敏", phone, phoneMasked: "x" } });
    createdAccounts.push(account.id);
    const result = await authorizeCodeSignIn({ credentials: { phone, code: await codeFor(phone) }, ip: freshIp() });
    expect(result).toMatchObject({ ok: true, user: { role: "WALLET_USER", name: "吴敏", walletAccountId: account.id } });
    const user = await db.portalUser.findUniqueOrThrow({ where: { phone } });
    createdUsers.push(user.id);
    expect(user.passwordHash).toBeNull();
  });
});

describe("setting a password with a code", () => {
  it("resets a password, ends every session (session version) and the new password signs in", async () => {
    const user = await walletUser({ password: "old password 1" });
    const code = await codeFor(user.phone!, "PASSWORD");
    // A sign-in code cannot set a password, nor a password code sign in.
    expect(await authorizeCodeSignIn({ credentials: { phone: user.phone, code }, ip: freshIp() })).toMatchObject({ ok: false });
    const result = await resetPassword({ input: { phone: user.phone, code, password: "new password 2" }, ip: freshIp() });
    expect(result).toEqual({ ok: true, phone: user.phone });
    const after = await db.portalUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await authorizeSignIn({ provider: "wallet", credentials: { phone: user.phone, password: "new password 2" }, ip: freshIp() })).toMatchObject({ ok: true });
    expect(await authorizeSignIn({ provider: "wallet", credentials: { phone: user.phone, password: "old password 1" }, ip: freshIp() })).toMatchObject({ ok: false });
    expect(await db.auditLog.count({ where: { action: "auth.password.reset", targetId: user.id } })).toBe(1);
  });

  it("sets a first password, refuses a short one by field, and a wrong code without saying more", async () => {
    const user = await walletUser();
    expect(await resetPassword({ input: { phone: user.phone, code: "123456", password: "short" }, ip: freshIp() })).toEqual({
      ok: false,
      error: "invalid-input",
      issues: [{ field: "password", issue: "password.tooShort" }],
    });
    expect(await resetPassword({ input: { phone: nextPhone(), code: "123456", password: "long enough 1" }, ip: freshIp() })).toEqual({ ok: false, error: "invalid-code" });
    const code = await codeFor(user.phone!, "PASSWORD");
    expect(await resetPassword({ input: { phone: user.phone, code, password: "first password 1" }, ip: freshIp() })).toMatchObject({ ok: true });
    expect(await db.auditLog.count({ where: { action: "auth.password.set", targetId: user.id } })).toBe(1);
  });
});

describe("a new password must not be guessable (decision 028)", () => {
  it("refuses a password on the common list by field, before the code is used, so the same code then sets a good one", async () => {
    const user = await walletUser({ password: "old password 1" });
    const code = await codeFor(user.phone!, "PASSWORD");
    for (const weak of ["12345678", "password1", user.phone!]) {
      expect(await resetPassword({ input: { phone: user.phone, code, password: weak }, ip: freshIp() }), weak).toEqual({
        ok: false,
        error: "weak-password",
        issue: { field: "password", issue: "password.common" },
      });
    }
    const unchanged = await db.portalUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(unchanged.passwordHash).toBe(user.passwordHash);
    expect(unchanged.sessionVersion).toBe(user.sessionVersion);
    expect(await resetPassword({ input: { phone: user.phone, code, password: "猫在 窗台上 晒太阳" }, ip: freshIp() })).toEqual({ ok: true, phone: user.phone });
    expect(await authorizeSignIn({ provider: "wallet", credentials: { phone: user.phone, password: "猫在 窗台上 晒太阳" }, ip: freshIp() })).toMatchObject({ ok: true });
  });

  it("lets an existing weak password still sign in: only setting a password checks it", async () => {
    const user = await walletUser({ password: "12345678" });
    expect(await authorizeSignIn({ provider: "wallet", credentials: { phone: user.phone, password: "12345678" }, ip: freshIp() })).toMatchObject({ ok: true });
  });

  it("limits strength checks per network", async () => {
    const ip = freshIp();
    const results = [];
    for (let i = 0; i <= PASSWORD_CHECK_LIMIT.limit; i++) results.push(await resetPassword({ input: { phone: nextPhone(), code: "123456", password: "12345678" }, ip }));
    expect(results.slice(0, PASSWORD_CHECK_LIMIT.limit).every((r) => !r.ok && r.error === "weak-password")).toBe(true);
    expect(results.at(-1)).toMatchObject({ ok: false, error: "throttled", retryAfterSeconds: expect.any(Number) });
  });
});

describe("pruneOneTimeCodes", () => {
  it("deletes codes expired over a day ago and old outbox messages, and keeps the rest", async () => {
    const phone = nextPhone();
    const now = new Date();
    const old = new Date(now.getTime() - 2 * 24 * 60 * 60_000);
    await db.oneTimeCode.createMany({
      data: [
        { phone, purpose: "SIGN_IN", codeHash: "old", expiresAt: old, createdAt: old },
        { phone, purpose: "SIGN_IN", codeHash: "fresh", expiresAt: now, createdAt: now },
      ],
    });
    await db.smsOutboxMessage.createMany({ data: [{ to: phone, text: "old", sentAt: old }, { to: phone, text: "fresh", sentAt: now }] });
    const pruned = await pruneOneTimeCodes({ now });
    expect(pruned.codes).toBeGreaterThanOrEqual(1);
    expect((await db.oneTimeCode.findMany({ where: { phone } })).map((row) => row.codeHash)).toEqual(["fresh"]);
    expect((await db.smsOutboxMessage.findMany({ where: { to: phone } })).map((row) => row.text)).toEqual(["fresh"]);
  });
});
