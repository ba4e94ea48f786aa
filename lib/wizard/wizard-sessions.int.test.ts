import { afterAll, describe, expect, inject, it } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
const { db } = await import("@/lib/db");
const { recordWizardStep } = await import("@/lib/wizard/record-wizard-step");
const { finishWizardSession } = await import("@/lib/wizard/finish-wizard-session");
const { pruneWizardSessions } = await import("@/lib/wizard/prune-wizard-sessions");
const { hashResumeToken } = await import("@/lib/wizard/wizard-token");

afterAll(() => db.$disconnect());

const sessionOf = (token: string) => db.wizardSession.findUniqueOrThrow({ where: { resumeTokenHash: hashResumeToken(token) } });

describe("wizard outcome records", () => {
  it("starts a session on the first answer, stores the path (hashed token only) and finishes it as solved", async () => {
    const first = await recordWizardStep({ actor: null, token: null, questionId: "start", optionId: "not-sure", locale: "zh-CN" });
    if (!first.ok) throw new Error("refused");
    expect(first.next).toBe("/diagnose/q/not-sure-recognise");
    const second = await recordWizardStep({ actor: null, token: first.token, questionId: "not-sure-recognise", optionId: "all-mine", locale: "zh-CN" });
    const third = await recordWizardStep({ actor: null, token: first.token, questionId: "not-sure-taken-back", optionId: "no", locale: "zh-CN" });
    expect([second, third]).toMatchObject([{ ok: true, token: first.token }, { ok: true, next: "/diagnose/result/unsure" }]);
    const stored = await sessionOf(first.token);
    expect(stored).toMatchObject({ steps: ["start:not-sure", "not-sure-recognise:all-mine", "not-sure-taken-back:no"], resultId: "unsure", outcomeCause: null, outcome: null });
    expect(stored.resumeTokenHash).not.toContain(first.token);
    expect(await finishWizardSession({ token: first.token, resultId: "unsure" })).toBe(true);
    expect((await sessionOf(first.token)).outcome).toBe("SELF_SERVED");
  });

  it("replaces later steps when the user goes Back and answers differently", async () => {
    const a = await recordWizardStep({ actor: null, token: null, questionId: "start", optionId: "promo", locale: "en" });
    if (!a.ok) throw new Error("refused");
    await recordWizardStep({ actor: null, token: a.token, questionId: "promo-terms", optionId: "none", locale: "en" });
    await recordWizardStep({ actor: null, token: a.token, questionId: "start", optionId: "unknown-activity", locale: "en" });
    expect(await sessionOf(a.token)).toMatchObject({ steps: ["start:unknown-activity"], resultId: "hack", outcomeCause: "HACK" });
  });

  it("refuses tampered answers and starts afresh for an unknown or expired token", async () => {
    expect(await recordWizardStep({ actor: null, token: null, questionId: "start", optionId: "drop table", locale: "en" })).toEqual({ ok: false });
    const fresh = await recordWizardStep({ actor: null, token: "x".repeat(32), questionId: "start", optionId: "promo", locale: "en" });
    expect(fresh.ok && fresh.token).not.toBe("x".repeat(32));
  });

  it("prunes expired sessions but keeps those a ticket points to", async () => {
    const a = await recordWizardStep({ actor: null, token: null, questionId: "start", optionId: "promo", locale: "en" });
    const b = await recordWizardStep({ actor: null, token: null, questionId: "start", optionId: "promo", locale: "en" });
    if (!a.ok || !b.ok) throw new Error("refused");
    const [sa, sb] = [await sessionOf(a.token), await sessionOf(b.token)];
    await db.wizardSession.updateMany({ where: { id: { in: [sa.id, sb.id] } }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await db.ticket.create({ data: { subject: "kept", wizardSessionId: sb.id } });
    expect(await pruneWizardSessions()).toBeGreaterThanOrEqual(1);
    expect(await db.wizardSession.count({ where: { id: { in: [sa.id, sb.id] } } })).toBe(1);
  });
});
