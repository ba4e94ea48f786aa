import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";

// lib/db.ts reads DATABASE_URL when first imported: point it at the run's database first.
process.env.DATABASE_URL = inject("databaseUrl");
const { db } = await import("@/lib/db");
const { authorizeSignIn } = await import("@/lib/auth/authorize-sign-in");
const { hashPassword } = await import("@/lib/auth/password");

const run = Date.now().toString(36);
let phoneSeq = Number(String(Date.now()).slice(-7)) * 10;
const nextPhone = () => `19${String(phoneSeq++).padStart(9, "0").slice(-9)}`;
let ipSeq = 0;
const freshIp = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${++ipSeq % 250}`;

const PASSWORD = "correct horse battery";
const createdIds: string[] = [];

async function createUser(overrides: { role: "WALLET_USER" | "AGENT" | "SUPERVISOR"; email?: string; phone?: string; disabled?: boolean }) {
  const user = await db.portalUser.create({
    data: {
      role: overrides.role,
      email: overrides.email ?? null,
      phone: overrides.phone ?? null,
      name: overrides.role === "WALLET_USER" ? "Li Wei" : "Chen Jing",
      passwordHash: await hashPassword(PASSWORD),
      disabledAt: overrides.disabled ? new Date() : null,
    },
  });
  createdIds.push(user.id);
  return user;
}

const auditFor = (ip: string) => db.auditLog.findMany({ where: { ip }, orderBy: { id: "asc" } });

let agent: Awaited<ReturnType<typeof createUser>>;
let walletUser: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  agent = await createUser({ role: "AGENT", email: `agent-${run}@test.example` });
  walletUser = await createUser({ role: "WALLET_USER", phone: nextPhone(), email: `wallet-${run}@test.example` });
});

afterAll(async () => {
  await db.portalUser.deleteMany({ where: { id: { in: createdIds } } });
  await db.$disconnect();
});

describe("authorizeSignIn", () => {
  it("signs a staff member in with the right password, stamps lastSignInAt and audits it", async () => {
    const ip = freshIp();
    const now = new Date();
    const result = await authorizeSignIn({ provider: "staff", credentials: { email: ` Agent-${run}@Test.Example `, password: PASSWORD }, ip, now });
    expect(result).toEqual({ ok: true, user: { id: agent.id, role: "AGENT", name: "Chen Jing", locale: "zh-CN", walletAccountId: null, sessionVersion: 0 } });
    const stored = await db.portalUser.findUniqueOrThrow({ where: { id: agent.id } });
    expect(stored.lastSignInAt?.getTime()).toBe(now.getTime());
    const audit = await auditFor(ip);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "auth.sign_in.success", actorId: agent.id, actorRole: "AGENT", targetId: agent.id, metadata: { provider: "staff" } });
  });

  it("signs a wallet user in whichever way the phone number is typed", async () => {
    const spaced = `${walletUser.phone!.slice(0, 3)} ${walletUser.phone!.slice(3, 7)} ${walletUser.phone!.slice(7)}`;
    for (const phone of [spaced, `+86 ${walletUser.phone}`, `0086-${walletUser.phone}`]) {
      const result = await authorizeSignIn({ provider: "wallet", credentials: { phone, password: PASSWORD }, ip: freshIp() });
      expect(result).toMatchObject({ ok: true, user: { id: walletUser.id, role: "WALLET_USER" } });
    }
  });

  it("answers a wrong password and an unknown account with the same generic error", async () => {
    const ip = freshIp();
    const wrong = await authorizeSignIn({ provider: "staff", credentials: { email: agent.email, password: "nope" }, ip });
    const unknown = await authorizeSignIn({ provider: "staff", credentials: { email: `nobody-${run}@test.example`, password: PASSWORD }, ip });
    expect(wrong).toEqual({ ok: false, error: { code: "invalid-credentials" } });
    expect(unknown).toEqual(wrong);
    const audit = await auditFor(ip);
    expect(audit.map((row) => [row.action, row.actorId, (row.metadata as { reason?: string }).reason])).toEqual([
      ["auth.sign_in.failure", agent.id, "wrong-password"],
      ["auth.sign_in.failure", null, "unknown-user"],
    ]);
  });

  it("refuses a disabled account, saying so only to someone who knows its password", async () => {
    const disabled = await createUser({ role: "SUPERVISOR", email: `gone-${run}@test.example`, disabled: true });
    const ip = freshIp();
    const right = await authorizeSignIn({ provider: "staff", credentials: { email: disabled.email, password: PASSWORD }, ip });
    const wrong = await authorizeSignIn({ provider: "staff", credentials: { email: disabled.email, password: "nope" }, ip });
    expect(right).toEqual({ ok: false, error: { code: "disabled" } });
    expect(wrong).toEqual({ ok: false, error: { code: "invalid-credentials" } });
    const stored = await db.portalUser.findUniqueOrThrow({ where: { id: disabled.id } });
    expect(stored.lastSignInAt).toBeNull();
  });

  it("keeps each form to its own people: staff on the wallet form and wallet users on the staff form get the generic error", async () => {
    const staffWithPhone = await createUser({ role: "AGENT", email: `phone-agent-${run}@test.example`, phone: nextPhone() });
    const ip = freshIp();
    const staffOnWalletForm = await authorizeSignIn({ provider: "wallet", credentials: { phone: staffWithPhone.phone, password: PASSWORD }, ip });
    const walletOnStaffForm = await authorizeSignIn({ provider: "staff", credentials: { email: walletUser.email, password: PASSWORD }, ip });
    expect(staffOnWalletForm).toEqual({ ok: false, error: { code: "invalid-credentials" } });
    expect(walletOnStaffForm).toEqual({ ok: false, error: { code: "invalid-credentials" } });
    const reasons = (await auditFor(ip)).map((row) => (row.metadata as { reason?: string }).reason);
    expect(reasons).toEqual(["wrong-role", "wrong-role"]);
  });

  it("rejects malformed input by field without counting an attempt", async () => {
    const ip = freshIp();
    const result = await authorizeSignIn({ provider: "wallet", credentials: { phone: "12345", password: PASSWORD }, ip });
    expect(result).toEqual({ ok: false, error: { code: "invalid-input", field: "phone", issue: "phone.format" } });
    const missing = await authorizeSignIn({ provider: "staff", credentials: { email: "not-an-email", password: "" }, ip });
    expect(missing).toEqual({ ok: false, error: { code: "invalid-input", field: "email", issue: "email.format" } });
    expect(await db.signInThrottle.count({ where: { key: `ip:${ip}` } })).toBe(0);
    expect(await auditFor(ip)).toHaveLength(0);
  });
});

describe("sign-in slowdown (decision 028)", () => {
  const SECOND = 1000;
  const at = (t0: Date, ms: number) => new Date(t0.getTime() + ms);
  const reasonsFor = async (ip: string) => (await auditFor(ip)).map((row) => row.metadata as { reason?: string; throttle?: string; slowedBy?: string[] });

  it("a stranger guessing from network A is slowed, ever longer, while the owner signs in from network B", async () => {
    const agentUser = await createUser({ role: "AGENT", email: `target-${run}@test.example` });
    const attacker = freshIp();
    const owner = freshIp();
    const t0 = new Date();
    const attempt = (password: string, ip: string, now: Date) => authorizeSignIn({ provider: "staff", credentials: { email: agentUser.email, password }, ip, now });

    for (let i = 0; i < 4; i++) expect(await attempt(`guess-${i}`, attacker, at(t0, i))).toEqual({ ok: false, error: { code: "invalid-credentials" } });
    // The fifth failure from A: the next attempt from A waits 30 s.
    expect(await attempt("guess-4", attacker, at(t0, 4))).toEqual({ ok: false, error: { code: "throttled", seconds: 30 } });
    // Refused unchecked while waiting, even the right password, and not counted.
    expect(await attempt(PASSWORD, attacker, at(t0, 4 + 10 * SECOND))).toEqual({ ok: false, error: { code: "throttled", seconds: 20 } });
    expect(await attempt("guess-5", attacker, at(t0, 4 + 11 * SECOND))).toEqual({ ok: false, error: { code: "throttled", seconds: 19 } });

    // The owner, from their own network, meanwhile: straight in.
    expect(await attempt(PASSWORD, owner, at(t0, 12 * SECOND))).toMatchObject({ ok: true, user: { id: agentUser.id } });

    // The attacker keeps being slowed: each wrong guess after a wait doubles the next wait.
    let now = at(t0, 4 + 30 * SECOND);
    const waits: number[] = [];
    for (let i = 6; i < 10; i++) {
      const result = await attempt(`guess-${i}`, attacker, now);
      expect(result).toMatchObject({ ok: false, error: { code: "throttled" } });
      const seconds = !result.ok && result.error.code === "throttled" ? result.error.seconds : 0;
      waits.push(seconds);
      now = at(now, seconds * SECOND);
    }
    expect(waits).toEqual([60, 120, 240, 480]);

    const audit = await reasonsFor(attacker);
    expect(audit.filter((row) => row.reason === "wrong-password")).toHaveLength(9);
    expect(audit.filter((row) => row.reason === "throttled").map((row) => row.throttle)).toEqual(["pair", "pair"]);
    expect(audit.at(-1)).toMatchObject({ reason: "wrong-password", slowedBy: ["pair"] });
    // And the owner is still not slowed on their network.
    expect(await attempt(PASSWORD, owner, at(now, -1))).toMatchObject({ ok: true });
  });

  it("gives the same answers for a phone number that has no account", async () => {
    const phone = nextPhone();
    const ip = freshIp();
    const t0 = new Date();
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await authorizeSignIn({ provider: "wallet", credentials: { phone, password: "guess" }, ip, now: at(t0, i) }));
    expect(results.slice(0, 4).every((r) => !r.ok && r.error.code === "invalid-credentials")).toBe(true);
    expect(results.slice(4)).toEqual([
      { ok: false, error: { code: "throttled", seconds: 30 } },
      { ok: false, error: { code: "throttled", seconds: 30 } },
    ]);
  });

  it("clears the identifier's counter on this network on success", async () => {
    const user = await createUser({ role: "AGENT", email: `clear-${run}@test.example` });
    const ip = freshIp();
    const t0 = new Date();
    const attempt = (password: string, i: number) => authorizeSignIn({ provider: "staff", credentials: { email: user.email, password }, ip, now: at(t0, i * SECOND) });
    for (let i = 0; i < 4; i++) await attempt("wrong", i);
    expect(await attempt(PASSWORD, 4)).toMatchObject({ ok: true });
    expect(await db.signInThrottle.findUnique({ where: { key: `pair:staff:${user.email}:${ip}` } })).toBeNull();
    // Four more failures are four, not eight: still the generic answer.
    for (let i = 5; i < 9; i++) expect(await attempt("wrong", i)).toEqual({ ok: false, error: { code: "invalid-credentials" } });
  });

  it("slows a network after 20 failures across any accounts, and only that network", async () => {
    const supervisor = await createUser({ role: "SUPERVISOR", email: `net-${run}@test.example` });
    const ip = freshIp();
    const t0 = new Date();
    const results = [];
    for (let i = 0; i < 20; i++) {
      results.push(await authorizeSignIn({ provider: "wallet", credentials: { phone: nextPhone(), password: "guess" }, ip, now: at(t0, i) }));
    }
    expect(results.slice(0, 19).every((r) => !r.ok && r.error.code === "invalid-credentials")).toBe(true);
    expect(results[19]).toEqual({ ok: false, error: { code: "throttled", seconds: 30 } });
    const later = at(t0, 19 + 10 * SECOND);
    const signIn = (from: string, now = later) => authorizeSignIn({ provider: "staff", credentials: { email: supervisor.email, password: PASSWORD }, ip: from, now });
    expect(await signIn(ip)).toEqual({ ok: false, error: { code: "throttled", seconds: 20 } });
    // The refused attempt gave back what it had counted on the supervisor's own counter...
    expect(await db.signInThrottle.findUnique({ where: { key: `pair:staff:${supervisor.email}:${ip}` } })).toMatchObject({ failures: 0 });
    // ...another network is unaffected, and after the wait this one lets the right password in.
    expect(await signIn(freshIp())).toMatchObject({ ok: true, user: { id: supervisor.id } });
    expect(await signIn(ip, at(t0, 19 + 30 * SECOND))).toMatchObject({ ok: true, user: { id: supervisor.id } });
  });

  it("meets distributed guessing with an audited account-wide slowdown of at most a minute, which the owner's known network skips", async () => {
    const target = await createUser({ role: "AGENT", email: `spread-${run}@test.example` });
    const office = freshIp();
    const t0 = new Date();
    const attempt = (password: string, ip: string, now: Date) => authorizeSignIn({ provider: "staff", credentials: { email: target.email, password }, ip, now });
    // The owner signed in from the office before: it is a known network for this account.
    expect(await attempt(PASSWORD, office, t0)).toMatchObject({ ok: true });

    // 50 networks, one wrong guess each: none is slowed on its own, the account ceiling is reached.
    const bots = Array.from({ length: 51 }, () => `172.${16 + (ipSeq % 16)}.${++ipSeq % 250}.${Math.floor(Math.random() * 250)}`);
    const results = [];
    for (let i = 0; i < 50; i++) results.push(await attempt(`guess-${i}`, bots[i]!, at(t0, SECOND + i)));
    expect(results.slice(0, 49).every((r) => !r.ok && r.error.code === "invalid-credentials")).toBe(true);
    expect(results[49]).toEqual({ ok: false, error: { code: "throttled", seconds: 15 } });
    const reached = (await auditFor(bots[49]!)).map((row) => row.metadata);
    expect(reached).toEqual([expect.objectContaining({ reason: "wrong-password", slowedBy: ["account"] })]);

    // A 51st network is refused unchecked, and that is audited too.
    expect(await attempt(PASSWORD, bots[50]!, at(t0, SECOND + 49 + SECOND))).toEqual({ ok: false, error: { code: "throttled", seconds: 14 } });
    expect((await auditFor(bots[50]!)).map((row) => row.metadata)).toEqual([expect.objectContaining({ reason: "throttled", throttle: "account" })]);

    // The owner from the known office: no wait at all.
    expect(await attempt(PASSWORD, office, at(t0, 2 * SECOND))).toMatchObject({ ok: true });
    // The owner from a new network waits out the slowdown (seconds, not a lock) and gets in.
    const travelling = freshIp();
    expect(await attempt(PASSWORD, travelling, at(t0, 2 * SECOND))).toMatchObject({ ok: false, error: { code: "throttled" } });
    expect(await attempt(PASSWORD, travelling, at(t0, SECOND + 49 + 15 * SECOND))).toMatchObject({ ok: true });

    // However long the guessing goes on, the account-wide wait stays at most a minute. (The
    // owner's success left the wait of the count before it: 15 s from then.)
    let now = at(t0, SECOND + 49 + 30 * SECOND);
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      const result = await attempt(`late-guess-${i}`, freshIp(), now);
      const seconds = !result.ok && result.error.code === "throttled" ? result.error.seconds : 0;
      waits.push(seconds);
      now = at(now, seconds * SECOND);
    }
    expect(waits).toEqual([30, 60, 60, 60]);
  });

  it("counts two concurrent failures as two", async () => {
    const user = await createUser({ role: "WALLET_USER", phone: nextPhone() });
    const now = new Date();
    const [a, b] = await Promise.all([
      authorizeSignIn({ provider: "wallet", credentials: { phone: user.phone, password: "wrong-a" }, ip: freshIp(), now }),
      authorizeSignIn({ provider: "wallet", credentials: { phone: user.phone, password: "wrong-b" }, ip: freshIp(), now }),
    ]);
    expect([a, b]).toEqual([
      { ok: false, error: { code: "invalid-credentials" } },
      { ok: false, error: { code: "invalid-credentials" } },
    ]);
    expect(await db.signInThrottle.findUnique({ where: { key: `account:wallet:${user.phone}` } })).toMatchObject({ failures: 2 });
  });

  it("lets at most 5 of a burst of parallel guesses from one network reach the password check", async () => {
    const user = await createUser({ role: "WALLET_USER", phone: nextPhone() });
    const ip = freshIp();
    const now = new Date();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => authorizeSignIn({ provider: "wallet", credentials: { phone: user.phone, password: `guess-${i}` }, ip, now })),
    );
    const reasons = (await reasonsFor(ip)).map((row) => row.reason);
    expect(reasons.filter((r) => r === "wrong-password")).toHaveLength(5);
    expect(reasons.filter((r) => r === "throttled")).toHaveLength(7);
    expect(results.filter((r) => !r.ok && r.error.code === "throttled").length).toBeGreaterThanOrEqual(7);
  });
});

describe("the clock", () => {
  it("is the database's, not this instance's: a host whose clock is an hour ahead shares the same window", async () => {
    const phone = nextPhone();
    const ip = freshIp();
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 60 * 60_000);
    try {
      await authorizeSignIn({ provider: "wallet", credentials: { phone, password: "wrong" }, ip });
    } finally {
      vi.useRealTimers();
    }
    const [row] = await db.$queryRaw<{ skewMs: number }[]>`
      SELECT abs(EXTRACT(EPOCH FROM ("windowStart" - (now() AT TIME ZONE 'UTC'))) * 1000)::float8 AS "skewMs"
      FROM "SignInThrottle" WHERE "key" = ${`account:wallet:${phone}`}`;
    expect(row!.skewMs).toBeLessThan(60_000);
    const [audit] = await auditFor(ip);
    expect(Math.abs(audit!.at.getTime() - Date.now())).toBeLessThan(60_000);
  });
});
