import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildSync } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { CONTRACT_EXAMPLE_DIAGNOSIS } from "@/lib/diagnosis/test-factories";

// The command line as users run it: a real process, real exit codes, real stdout and stderr.
// Starting tsx costs ~1 s of CPU per process, so most cases run scripts/diagnose.ts bundled once
// by esbuild (the compiler tsx itself uses, same source); the first three go through tsx and npm.
const ROOT = path.resolve(__dirname, "..");
const FIXTURES = path.join(ROOT, "tests/fixtures/histories");
const scratch = mkdtempSync(path.join(tmpdir(), "diagnose-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const BUNDLE = path.join(scratch, "diagnose.mjs");
buildSync({
  entryPoints: [path.join(ROOT, "scripts/diagnose.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  outfile: BUNDLE,
  logLevel: "error",
});

type Run = { code: number | null; stdout: string; stderr: string };

function run(command: string, args: string[], stdin?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: "" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? "");
  });
}

const diagnoseWithTsx = (args: string[], stdin?: string) =>
  run(process.execPath, ["--import", "tsx", "scripts/diagnose.ts", ...args], stdin);
const diagnose = (args: string[], stdin?: string) => run(process.execPath, [BUNDLE, ...args], stdin);

const fixture = (name: string) => path.join(FIXTURES, name);
const fixtureText = (name: string) => readFileSync(fixture(name), "utf8");
/** The hand-checked answer to tests/fixtures/histories/NAME, exactly as the CLI must print it. */
const expectedDiagnosisText = (name: string) => readFileSync(path.join(ROOT, "tests/fixtures/diagnoses", name), "utf8");

function historyWith(entry: Record<string, unknown>): string {
  const base = { id: "e1", type: "TOP_UP", amountMinor: 1000, occurredAt: "2024-09-01T10:00:00Z", status: "POSTED" };
  return JSON.stringify({ account: { id: "acc_lin", currency: "CNY" }, entries: [{ ...base, ...entry }] });
}

/** The contract's diagnosis as 2-space JSON with a trailing newline, and nothing else. */
function expectContractExampleOutput(result: Run) {
  expect(result).toMatchObject({ code: 0, stderr: "" });
  const printed = JSON.parse(result.stdout);
  expect(printed).toEqual(CONTRACT_EXAMPLE_DIAGNOSIS);
  expect(Object.keys(printed)).toEqual(Object.keys(CONTRACT_EXAMPLE_DIAGNOSIS));
  expect(result.stdout).toBe(`${JSON.stringify(printed, null, 2)}\n`);
}

describe.concurrent("npm run diagnose", { timeout: 60_000 }, () => {
  it("prints the contract's diagnosis as 2-space JSON and exits 0", async () => {
    expectContractExampleOutput(await diagnoseWithTsx([fixture("contract-example.json")]));
  });

  it("works through the npm script", async () => {
    expectContractExampleOutput(await run("npm", ["run", "--silent", "diagnose", "--", fixture("contract-example.json")]));
  });

  it("reads standard input for -", async () => {
    const result = await diagnoseWithTsx(["-"], fixtureText("hack.json"));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      accountId: "acc_chen",
      balanceMinor: -6000,
      primaryCause: "HACK",
      urgent: true,
      // e3 emptied the balance and is no part of the deficit; it is listed all the same.
      unauthorizedDebits: [
        { entryId: "e3", amountMinor: 15000, occurredAt: "2024-09-05T02:15:00.000Z", counterparty: "user:stranger-8812" },
        { entryId: "e4", amountMinor: 8000, occurredAt: "2024-09-05T02:20:00.000Z", counterparty: "bank:6217-9999" },
      ],
      unauthorizedTotalMinor: 23000,
      actions: ["SECURE_ACCOUNT", "REPORT_UNAUTHORIZED"],
    });
  });

  // Contract version 3, byte for byte: a theft on a positive balance; a thief's transfer that
  // emptied the balance before the owner's own overdraft; a deficit that is all theft (no TOP_UP).
  it.each(["v3-theft-positive-balance.json", "v3-theft-then-overdraft.json", "v3-hack-only-deficit.json"])("prints the hand-checked diagnosis of %s", async (name) => {
    expect(await diagnose([fixture(name)])).toEqual({ code: 0, stdout: expectedDiagnosisText(name), stderr: "" });
  });

  it("prints the balance timeline with --timeline", async () => {
    const result = await diagnose(["--timeline", fixture("promo-clawback.json")]);
    expect(result.code).toBe(0);
    const timeline = JSON.parse(result.stdout) as { closingBalanceMinor: number; points: { entryId: string }[] };
    expect(timeline.closingBalanceMinor).toBe(-1950);
    expect(timeline.points.map((p) => p.entryId)).toEqual(["e1", "e2", "e3", "e4", "e5", "e6", "e7"]);
    expect(timeline.points.at(-1)).toMatchObject({ crossesBelowZero: true, inOpenDeficit: true, cause: "PROMO" });
  });

  it.each([
    ["not JSON", "{ account: ", "(root): is not valid JSON ("],
    ["a wrong sign", historyWith({ amountMinor: -1000 }), "entries[0].amountMinor: TOP_UP must be a credit (> 0)\n"],
    ["an unknown type", historyWith({ type: "GIFT" }), 'entries[0].type: unknown entry type "GIFT" (expected one of TOP_UP, '],
    ["a fractional amount", historyWith({ amountMinor: 99.9 }), "entries[0].amountMinor: must be a whole number of minor units, e.g. 1050 for 10.50 (got 99.9)\n"],
    ["a huge amount", historyWith({ amountMinor: 1e15 }), "entries[0].amountMinor: must be between -1000000000000 and 1000000000000 minor units (got 1000000000000000)\n"],
    ["an impossible date", historyWith({ occurredAt: "2024-02-30T10:00:00Z" }), 'entries[0].occurredAt: "2024-02-30T10:00:00Z" is not a real date: 2024-02 has 29 days\n'],
    ["a timestamp without a zone", historyWith({ occurredAt: "2024-09-01T10:00:00" }), "entries[0].occurredAt: must include a time zone (Z or ±HH:MM)"],
    ["missing fields", JSON.stringify({ account: { currency: "CNY" }, entries: [{ id: "e1", type: "FEE" }] }), "account.id: required\nentries[0].amountMinor: required\nentries[0].occurredAt: required\nentries[0].status: required\n"],
    ["an empty file", "", "(root): is empty (expected an AccountHistory JSON object)\n"],
  ])("rejects %s with exit 2, nothing on stdout and the field on stderr", async (_case, stdin, expected) => {
    const result = await diagnose(["-"], stdin);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    if (expected.endsWith("\n")) expect(result.stderr).toBe(expected);
    else expect(result.stderr.startsWith(expected)).toBe(true);
  });

  it("reads a file saved with a byte-order mark", async () => {
    const result = await diagnose(["-"], `\uFEFF${historyWith({})}`);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ balanceMinor: 1000 });
  });

  it("names each duplicate id", async () => {
    const entry = { type: "TOP_UP", amountMinor: 1000, occurredAt: "2024-09-01T10:00:00Z", status: "POSTED" };
    const ids = ["e1", "e2", "e1"];
    const stdin = JSON.stringify({ account: { id: "a", currency: "CNY" }, entries: ids.map((id) => ({ id, ...entry })) });
    expect(await diagnose(["-"], stdin)).toEqual({ code: 2, stdout: "", stderr: 'entries[2].id: duplicate id "e1" (first at entries[0])\n' });
  });

  it("lists every problem of a broken file, one per line", async () => {
    const result = await diagnose([fixture("invalid.json")]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trimEnd().split("\n").map((line) => line.split(":")[0])).toEqual([
      "account.currency",
      "entries[1].amountMinor",
      "entries[2].type",
      "entries[3].id",
      "entries[3].amountMinor",
      "entries[4].occurredAt",
      "entries[4].status",
    ]);
  });

  it("lists the first 100 problems of a hopeless file and counts the rest", async () => {
    const hopeless = JSON.stringify({ account: { id: "acc_x", currency: "CNY" }, entries: Array.from({ length: 1000 }, () => ({})) });
    const result = await diagnose(["-"], hopeless);
    expect(result.code).toBe(2);
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(101);
    expect(lines[0]).toBe("entries[0].id: required");
    expect(lines[100]).toBe("(root): 4900 more problems not shown (fix the ones above first)");
  });

  it("treats an empty file on disk like empty input", async () => {
    const empty = path.join(scratch, "empty.json");
    writeFileSync(empty, "");
    expect(await diagnose([empty])).toEqual({ code: 2, stdout: "", stderr: "(root): is empty (expected an AccountHistory JSON object)\n" });
  });

  it("says so when the file does not exist", async () => {
    const missing = path.join(scratch, "no-such-history.json");
    expect(await diagnose([missing])).toEqual({ code: 2, stdout: "", stderr: `${missing}: cannot read (no such file)\n` });
  });

  it("prints the usage and exits 2 without a file", async () => {
    const result = await diagnose([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^usage: npm run --silent diagnose -- \[--timeline\] FILE\.json\n/);
  });
});
