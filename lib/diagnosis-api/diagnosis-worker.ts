// A worker thread running the CPU-heavy part of POST /api/diagnose (JSON parsing, validation,
// the engine), so that a large or hostile history never blocks the server's event loop.
// Started by run-diagnosis-job.ts; one job at a time.
import { parentPort } from "node:worker_threads";
import { JOB_STARTED, type HistoryLimits } from "./diagnose-request-limits";
import { diagnoseHistoryBytes } from "./diagnose-history-bytes";

export type DiagnosisJob = { bytes: ArrayBuffer; limits: HistoryLimits };

parentPort?.on("message", (job: DiagnosisJob) => {
  parentPort?.postMessage(JOB_STARTED);
  parentPort?.postMessage(diagnoseHistoryBytes(new Uint8Array(job.bytes), job.limits));
});
