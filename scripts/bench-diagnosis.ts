// npm run bench:diagnosis — how fast the diagnosis engine is, and whether it grows linearly.
// Targets (docs/diagnosis-engine.md), on the engine (diagnose-only): >= 2,000,000 entries/s on
// 1,000,000 entries, and 10x the entries in <= 11x the time from 100,000 to 1,000,000 (smaller
// histories fit in the CPU caches and look faster per entry). Exit 1 when a target fails.
// Validation (zod) is measured and reported, not held to these targets.
//
// Each size runs several times after a warm-up. Targets are judged on the best run's CPU time
// (user + system of this process): on a machine to itself that equals the wall time, and on a
// shared, busy machine it still measures this code rather than its neighbours. Wall-clock best
// and median are printed beside it.
import os from "node:os";
import v8 from "node:v8";
import vm from "node:vm";
import { diagnoseAccount } from "../lib/diagnosis/diagnose-account";
import { generateSyntheticHistory } from "../lib/diagnosis/generate-synthetic-history";
import { parseAccountHistory } from "../lib/diagnosis/parse-account-history";
import type { AccountHistory } from "../lib/diagnosis/schema";

const SIZES = [100, 1_000, 10_000, 100_000, 1_000_000];
const TARGET_ENTRIES_PER_SECOND = 2_000_000;
const MAX_GROWTH_RATIO = 11;
const RATIO_FROM_SIZE = 100_000;
const TARGET_STEP: Step = "diagnose";

v8.setFlagsFromString("--expose-gc");
const gc = (globalThis as { gc?: () => void }).gc ?? (vm.runInNewContext("gc") as () => void);

const STEPS = {
  "validate+diagnose": (history: AccountHistory) => {
    const parsed = parseAccountHistory(history);
    if (!parsed.ok) throw new Error(`synthetic history is invalid: ${parsed.errors[0]?.path}`);
    return diagnoseAccount(parsed.history);
  },
  diagnose: (history: AccountHistory) => diagnoseAccount(history),
};
type Step = keyof typeof STEPS;

type Row = { step: Step; entries: number; bestMs: number; medianMs: number; bestCpuMs: number; memoryMb: number; rssMb: number };

function measure(step: Step, history: AccountHistory): Row {
  const run = STEPS[step];
  const entries = history.entries.length;
  // Small histories run in batches so that each sample lasts long enough for both clocks.
  const batch = Math.max(1, Math.ceil(200_000 / entries));
  const samples = step === "diagnose" ? 15 : entries >= 1_000_000 ? 3 : 7;
  // Memory: heap and typed-array buffers still held or not yet collected after one run.
  gc();
  const before = process.memoryUsage();
  run(history);
  const after = process.memoryUsage();
  const memoryMb = Math.max(0, after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers) / 2 ** 20;
  gc();
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let s = 0; s < samples; s++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    for (let b = 0; b < batch; b++) {
      if (run(history) === undefined) throw new Error("no diagnosis");
    }
    times.push((performance.now() - start) / batch);
    const cpu = process.cpuUsage(cpuStart);
    cpuTimes.push((cpu.user + cpu.system) / 1000 / batch);
  }
  times.sort((a, b) => a - b);
  return {
    step,
    entries,
    bestMs: times[0]!,
    medianMs: times[Math.floor(times.length / 2)]!,
    bestCpuMs: Math.min(...cpuTimes),
    memoryMb,
    rssMb: process.resourceUsage().maxRSS / 1024,
  };
}

const fmt = (value: number, digits = 0) =>
  value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

function printTable(rows: Row[]): void {
  const header = ["step", "entries", "wall ms best", "wall ms median", "CPU ms best", "entries/s wall", "entries/s CPU", "CPU x for 10x", "memory of 1 run MB", "max RSS MB"];
  const lines = rows.map((row) => {
    const smaller = rows.find((other) => other.step === row.step && other.entries * 10 === row.entries);
    return [
      row.step,
      fmt(row.entries),
      fmt(row.bestMs, 2),
      fmt(row.medianMs, 2),
      fmt(row.bestCpuMs, 1),
      fmt(row.entries / (row.bestMs / 1000)),
      fmt(row.entries / (row.bestCpuMs / 1000)),
      smaller ? fmt(row.bestCpuMs / smaller.bestCpuMs, 2) : "-",
      fmt(row.memoryMb, 1),
      fmt(row.rssMb),
    ];
  });
  const widths = header.map((title, c) => Math.max(title.length, ...lines.map((cells) => cells[c]!.length)));
  for (const cells of [header, ...lines]) console.log(cells.map((cell, c) => cell.padStart(widths[c]!)).join("  "));
}

function main(): number {
  const [load1, load5] = os.loadavg();
  console.log(`node ${process.version} ${process.arch}, ${os.availableParallelism()} CPUs, load average ${fmt(load1!, 2)} / ${fmt(load5!, 2)}`);
  console.log("synthetic histories (seed 1), best and median of N runs after warm-up\n");
  const warmup = generateSyntheticHistory({ entryCount: 20_000, seed: 2 });
  for (let i = 0; i < 10; i++) for (const step of Object.keys(STEPS) as Step[]) STEPS[step](warmup);

  const rows: Row[] = [];
  for (const entryCount of SIZES) {
    // One size at a time, so max RSS grows with the history being measured.
    const history = generateSyntheticHistory({ entryCount, seed: 1 });
    for (const step of Object.keys(STEPS) as Step[]) rows.push(measure(step, history));
  }
  const ordered = (Object.keys(STEPS) as Step[]).flatMap((step) => rows.filter((row) => row.step === step));
  printTable(ordered);

  const checks: { name: string; pass: boolean | null }[] = [];
  const largest = rows.find((row) => row.step === "diagnose" && row.entries === SIZES.at(-1));
  if (largest) {
    const perCpuSecond = largest.entries / (largest.bestCpuMs / 1000);
    const perWallSecond = largest.entries / (largest.bestMs / 1000);
    checks.push({
      name: `diagnose ${fmt(largest.entries)} entries at >= ${fmt(TARGET_ENTRIES_PER_SECOND)} entries/s (got ${fmt(perCpuSecond)} per CPU second, ${fmt(perWallSecond)} per wall second)`,
      pass: perCpuSecond >= TARGET_ENTRIES_PER_SECOND,
    });
  }
  for (const row of ordered) {
    const smaller = rows.find((other) => other.step === row.step && other.entries * 10 === row.entries);
    if (!smaller || smaller.entries < 10_000) continue;
    const ratio = row.bestCpuMs / smaller.bestCpuMs;
    const isTarget = row.step === TARGET_STEP && smaller.entries >= RATIO_FROM_SIZE;
    checks.push({
      name: `${row.step} ${fmt(smaller.entries)} -> ${fmt(row.entries)} entries takes ${isTarget ? `<= ${MAX_GROWTH_RATIO}x ` : ""}the CPU time (got ${fmt(ratio, 2)}x)`,
      pass: isTarget ? ratio <= MAX_GROWTH_RATIO : null,
    });
  }
  console.log("");
  for (const check of checks) console.log(`${check.pass === null ? "INFO" : check.pass ? "PASS" : "FAIL"}  ${check.name}`);
  return checks.every((check) => check.pass !== false) ? 0 : 1;
}

process.exitCode = main();
