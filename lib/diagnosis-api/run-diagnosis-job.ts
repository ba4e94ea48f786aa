import "server-only";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { DiagnosisOutcome } from "./diagnose-history-bytes";
import { DIAGNOSE_TIME_BUDGET_MS, JOB_STARTED, WORKER_START_MS, type HistoryLimits } from "./diagnose-request-limits";

export type JobOutcome = DiagnosisOutcome | { ok: false; problem: "busy" | "timeout" | "out_of_memory" | "crashed" };

type Job = { bytes: Uint8Array<ArrayBuffer>; limits: HistoryLimits; resolve: (outcome: JobOutcome) => void };
type Slot = { worker: Worker | null; job: Job | null };

// Under tsx / vitest this module runs from source, and the worker must too: Node 20 does not
// apply `--import tsx` to a worker's entry file, so a small CommonJS bootstrap registers tsx.
const RUNS_FROM_SOURCE = import.meta.url.endsWith(".ts");
// A worker that runs out of heap fails alone (ERR_WORKER_OUT_OF_MEMORY), not the server.
const WORKER_HEAP_MB = 1024;

/**
 * A few worker threads (DIAGNOSE_WORKERS, default 1: the event loop keeps the other core) that
 * run diagnosis jobs one at a time each, with a time budget: a job still running after
 * DIAGNOSE_TIME_BUDGET_MS has its worker terminated. Jobs wait in a short queue; when it is
 * full the caller is told to come back later rather than piling up memory.
 *
 * Process-local compute, like the PostgreSQL connection pool: no application state lives here
 * (docs/decisions/003-stateless-web-tier.md).
 */
export class DiagnosisWorkers {
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];

  constructor(
    size: number,
    private readonly maxQueue: number,
    private readonly budgetMs: number,
  ) {
    this.slots = Array.from({ length: size }, () => ({ worker: null, job: null }));
  }

  run(bytes: Uint8Array<ArrayBuffer>, limits: HistoryLimits): Promise<JobOutcome> {
    if (this.queue.length >= this.maxQueue) return Promise.resolve({ ok: false, problem: "busy" });
    return new Promise((resolve) => {
      this.queue.push({ bytes, limits, resolve });
      this.pump();
    });
  }

  private pump() {
    for (const slot of this.slots) {
      if (slot.job || this.queue.length === 0) continue;
      this.start(slot, this.queue.shift()!);
    }
  }

  private start(slot: Slot, job: Job) {
    slot.job = job;
    const worker = (slot.worker ??= this.spawn(slot));
    // The budget is for checking the history, so it starts when the worker takes the job: a new
    // worker's start-up (loading its code, seconds on a busy machine) does not count against it.
    const timeout = (ms: number) => setTimeout(() => this.finish(slot, { ok: false, problem: "timeout" }, { kill: true }), ms).unref();
    let timer = timeout(WORKER_START_MS + this.budgetMs);
    const onMessage = (message: DiagnosisOutcome | typeof JOB_STARTED) => {
      clearTimeout(timer);
      if (message === JOB_STARTED) {
        timer = timeout(this.budgetMs);
        return;
      }
      worker.off("message", onMessage);
      this.finish(slot, message, { kill: false });
    };
    worker.on("message", onMessage);
    worker.postMessage({ bytes: job.bytes.buffer, limits: job.limits }, [job.bytes.buffer]);
  }

  private spawn(slot: Slot): Worker {
    const options = { execArgv: [], resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };
    const worker = RUNS_FROM_SOURCE
      ? new Worker(`require("tsx/cjs"); require(${JSON.stringify(fileURLToPath(import.meta.url.replace(/[^/]+$/, "diagnosis-worker.ts")))});`, { ...options, eval: true })
      : // The form Next's bundler recognises: it builds the worker file into its own chunk.
        new Worker(new URL("./diagnosis-worker.ts", import.meta.url), options);
    // An idle worker must not keep the process alive (tests, shutdown).
    worker.unref();
    const fail = (problem: "out_of_memory" | "crashed") => {
      if (slot.worker !== worker) return;
      slot.worker = null;
      if (slot.job) this.finish(slot, { ok: false, problem }, { kill: false });
    };
    worker.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "ERR_WORKER_OUT_OF_MEMORY") return fail("out_of_memory");
      console.error("diagnosis worker failed", error);
      fail("crashed");
    });
    worker.on("exit", () => fail("crashed"));
    return worker;
  }

  private finish(slot: Slot, outcome: JobOutcome, { kill }: { kill: boolean }) {
    const job = slot.job;
    if (!job) return;
    slot.job = null;
    if (kill && slot.worker) {
      const worker = slot.worker;
      slot.worker = null;
      worker.removeAllListeners("message");
      void worker.terminate();
    }
    job.resolve(outcome);
    this.pump();
  }
}

const globalForWorkers = globalThis as unknown as { portalDiagnosisWorkers?: DiagnosisWorkers };

function workers(): DiagnosisWorkers {
  const size = Math.max(1, Math.min(16, Number(process.env.DIAGNOSE_WORKERS) || 1));
  // Cached on globalThis so that dev hot reloads reuse the threads instead of leaking them.
  return (globalForWorkers.portalDiagnosisWorkers ??= new DiagnosisWorkers(size, 4 * size, DIAGNOSE_TIME_BUDGET_MS));
}

/**
 * Runs the read-limit-validate pipeline and the engine on `bytes` in a worker thread. The
 * bytes are moved to the worker, not copied: do not use them afterwards.
 */
export function runDiagnosisJob(bytes: Uint8Array<ArrayBuffer>, limits: HistoryLimits): Promise<JobOutcome> {
  return workers().run(bytes, limits);
}
