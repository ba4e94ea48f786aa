import { afterEach, describe, expect, inject, it } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
const { limitWrite, writeLimitRule, WRITE_LIMITS } = await import("@/lib/http/limit-write");

const run = Date.now().toString(36);

afterEach(() => {
  delete process.env.WIZARD_ANSWER_RATE_LIMIT;
});

describe("limits on writes", () => {
  it("lets a subject's writes of one kind through up to the limit, then refuses with the wait, apart from other subjects and kinds", async () => {
    const { limit, windowMs } = WRITE_LIMITS.searchMiss.rule;
    const subject = `203.0.113.${run.length}-${run}`;
    const results = [];
    for (let i = 0; i <= limit; i++) results.push(await limitWrite({ kind: "searchMiss", subject }));
    expect(results.slice(0, limit).every((r) => r.ok)).toBe(true);
    const refused = results[limit]!;
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.retryAfterSeconds).toBeGreaterThan(windowMs / 1000 - 60);
    expect(await limitWrite({ kind: "searchMiss", subject: `${subject}-other` })).toMatchObject({ ok: true });
    expect(await limitWrite({ kind: "feedbackNewVisitor", subject })).toMatchObject({ ok: true });
  });

  it("takes the wizard's limit from WIZARD_ANSWER_RATE_LIMIT when it is a positive whole number", async () => {
    expect(writeLimitRule("wizardAnswer")).toEqual({ limit: 300, windowMs: 60_000 });
    for (const bad of ["0", "-3", "2.5", "lots", ""]) {
      process.env.WIZARD_ANSWER_RATE_LIMIT = bad;
      expect(writeLimitRule("wizardAnswer").limit, bad).toBe(300);
    }
    process.env.WIZARD_ANSWER_RATE_LIMIT = "2";
    const subject = `198.51.100.7-${run}`;
    const answers = [await limitWrite({ kind: "wizardAnswer", subject }), await limitWrite({ kind: "wizardAnswer", subject }), await limitWrite({ kind: "wizardAnswer", subject })];
    expect(answers.map((a) => a.ok)).toEqual([true, true, false]);
  });

  it("keeps every limit above what one person does (a real user never meets one)", () => {
    const perHour = (kind: keyof typeof WRITE_LIMITS) => (WRITE_LIMITS[kind].rule.limit * 3_600_000) / WRITE_LIMITS[kind].rule.windowMs;
    expect(perHour("ticket")).toBeGreaterThanOrEqual(20);
    expect(perHour("reply")).toBeGreaterThanOrEqual(60);
    expect(perHour("wizardAnswer")).toBeGreaterThanOrEqual(1_000);
  });
});
