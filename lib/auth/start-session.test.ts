import { decode } from "next-auth/jwt";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// The cookie jar of the server action's request, as next/headers hands it out.
const jar = vi.hoisted(() => {
  const set = new Map<string, { value: string; options: Record<string, unknown> }>();
  const existing = new Map<string, string>();
  return {
    set,
    existing,
    api: {
      getAll: () => [...existing].map(([name, value]) => ({ name, value })),
      delete: (name: string) => set.set(name, { value: "", options: { maxAge: 0 } }),
      set: (name: string, value: string, options: Record<string, unknown>) => set.set(name, { value, options }),
    },
  };
});
vi.mock("next/headers", () => ({ cookies: () => Promise.resolve(jar.api) }));
// auth-options imports the authorize functions, which import the database client; none runs here.
vi.mock("@/lib/db", () => ({ db: {} }));

const { startSession } = await import("@/lib/auth/start-session");

const SECRET = "unit-test-secret-0123456789";
const wallet = { id: "user_1", role: "WALLET_USER" as const, name: "周子涵", locale: "zh-CN" as const, walletAccountId: "acc_1", sessionVersion: 3 };

beforeEach(() => {
  vi.stubEnv("NEXTAUTH_SECRET", SECRET);
  vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
  jar.set.clear();
  jar.existing.clear();
});
afterEach(() => vi.unstubAllEnvs());

describe("startSession", () => {
  it("sets the session cookie next-auth would: the user, the session version and the sign-in time, for 8 hours", async () => {
    const before = Math.floor(Date.now() / 1000);
    await startSession({ user: wallet, provider: "wallet" });
    const cookie = jar.set.get("next-auth.session-token");
    expect(cookie?.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/", secure: false });
    const expires = (cookie!.options.expires as Date).getTime();
    expect(expires).toBeGreaterThanOrEqual((before + 8 * 3600) * 1000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 8 * 3600 * 1000);
    const token = await decode({ token: cookie!.value, secret: SECRET });
    expect(token).toMatchObject({
      sub: "user_1",
      user: { id: "user_1", role: "WALLET_USER", name: "周子涵", locale: "zh-CN", walletAccountId: "acc_1" },
      sessionVersion: 3,
    });
    expect(token!.authTime).toBeGreaterThanOrEqual(before);
  });

  it("uses the Secure cookie behind an https address, and drops an older session's chunks", async () => {
    vi.stubEnv("NEXTAUTH_URL", "https://help.example.com");
    jar.existing.set("__Secure-next-auth.session-token.0", "old");
    jar.existing.set("__Secure-next-auth.session-token.1", "old");
    jar.existing.set("NEXT_LOCALE", "en");
    await startSession({ user: wallet, provider: "wallet" });
    expect(jar.set.get("__Secure-next-auth.session-token")?.options).toMatchObject({ secure: true });
    expect(jar.set.get("__Secure-next-auth.session-token.0")?.value).toBe("");
    expect(jar.set.get("__Secure-next-auth.session-token.1")?.value).toBe("");
    expect(jar.set.has("NEXT_LOCALE")).toBe(false);
  });
});
