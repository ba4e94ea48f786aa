import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_LIMITS } from "./diagnose-request-limits";
import { DiagnosisWorkers, runDiagnosisJob } from "./run-diagnosis-job";

const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const history = (entries: number) => ({
  account: { id: "acc_w", currency: "CNY" },
  entries: Array.from({ length: entries }, (_, i) => ({ id: `e${i}`, type: i % 2 ? "PAYMENT" : "TOP_UP", amountMinor: i % 2 ? -150 : 100, occurredAt: "2026-01-01T00:00:00Z", status: "POSTED" })),
});

describe("runDiagnosisJob", () => {
  it("diagnoses in a worker thread and hands back the Diagnosis", async () => {
    const outcome = await runDiagnosisJob(bytesOf(history(4)), API_LIMITS);
    expect(outcome).toMatchObject({ ok: true, accountId: "acc_w", entryCount: 4, output: { accountId: "acc_w", balanceMinor: -100, isNegative: true } });
  }, 30_000);

  it("hands back contract version 3's fields, in the order the CLI prints them", async () => {
    // POST /api/diagnose answers with this output as is: it must be the CLI's answer byte for byte.
    const fixtures = path.resolve(__dirname, "../../tests/fixtures");
    const name = "v3-hack-only-deficit.json";
    const outcome = await runDiagnosisJob(new Uint8Array(readFileSync(path.join(fixtures, "histories", name))), API_LIMITS);
    if (!outcome.ok) throw new Error(`expected a diagnosis, got ${outcome.problem}`);
    expect(`${JSON.stringify(outcome.output, null, 2)}\n`).toBe(readFileSync(path.join(fixtures, "diagnoses", name), "utf8"));
  }, 30_000);

  it("keeps the event loop free while a big history is checked", async () => {
    const job = runDiagnosisJob(bytesOf(history(100_000)), API_LIMITS);
    // While the worker works, timers here still fire on time.
    const lags: number[] = [];
    let done = false;
    void job.then(() => (done = true));
    while (!done) {
      const started = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 10));
      lags.push(performance.now() - started - 10);
    }
    expect((await job).ok).toBe(true);
    expect(Math.max(...lags)).toBeLessThan(200);
  }, 60_000);

  it("stops a job that runs past its time budget, answers timeout, and keeps serving with a new worker", async () => {
    const workers = new DiagnosisWorkers(1, 4, 3000);
    // ~12 s of work: 300,000 empty entries, 1.5 million problems (no array cap here).
    const endless = bytesOf({ account: { id: "acc_x", currency: "CNY" }, entries: Array.from({ length: 300_000 }, () => ({})) });
    const started = performance.now();
    expect(await workers.run(endless, { ...API_LIMITS, maxEntries: Number.POSITIVE_INFINITY })).toEqual({ ok: false, problem: "timeout" });
    expect(performance.now() - started).toBeLessThan(6000);
    expect(await workers.run(bytesOf(history(2)), API_LIMITS)).toMatchObject({ ok: true, entryCount: 2 });
  }, 60_000);

  it("starts the time budget when the worker takes the job, not while a new worker loads its code", async () => {
    // Loading the worker's code (here through tsx) takes longer than this 150 ms budget; the small
    // job itself takes a few milliseconds.
    const workers = new DiagnosisWorkers(1, 4, 150);
    expect(await workers.run(bytesOf(history(10)), API_LIMITS)).toMatchObject({ ok: true, entryCount: 10 });
  }, 60_000);

  it("answers busy instead of queueing without bound", async () => {
    // One running and two waiting; the next ones are told to come back later.
    const workers = new DiagnosisWorkers(1, 2, 20_000);
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => workers.run(bytesOf(history(1000)), API_LIMITS)));
    expect(outcomes.map((outcome) => (outcome.ok ? "ok" : outcome.problem))).toEqual(["ok", "ok", "ok", "busy", "busy"]);
  }, 60_000);
});
