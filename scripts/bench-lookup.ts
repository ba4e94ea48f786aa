// `npm run bench -- lookup`: the agent workspace's read paths on 1,000,000 ledger entries.
// The PostgreSQL cluster lives in .tmp/bench-lookup and is reused: only the first run seeds.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { seedLookupData } from "./bench-lookup-seed";
import { startEmbeddedPostgres } from "./lib/embedded-postgres";
import { migrateDatabase } from "./lib/migrate-database";

const root = path.resolve(__dirname, "..");

type Figures = { p50: number; p99: number; n: number };
type Measured = { results: Record<string, Figures>; csv: { seconds: number; lines: number; megabytes: number; rssGrowthMb: number } };

export async function benchLookup(): Promise<{ pass: boolean; figure: string }> {
  const folder = path.join(root, ".tmp", "bench-lookup");
  fs.mkdirSync(folder, { recursive: true });
  fs.chmodSync(folder, 0o755);
  const server = await startEmbeddedPostgres({ clusterDir: path.join(folder, "postgres"), password: "bench-lookup" });
  try {
    await server.ensureDatabase("lookup");
    const url = server.urlFor("lookup");
    await migrateDatabase(url);
    const seed = await seedLookupData(url);
    console.log(seed.seeded ? `Seeded 1,000,000 entries and 100,000 tickets in ${seed.seconds.toFixed(1)} s` : "Reusing the seeded benchmark database");
    const run = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/bench-lookup-measure.ts"], {
      cwd: root, env: { ...process.env, DATABASE_URL: url, DATABASE_POOL_SIZE: "10" }, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"],
    });
    if (run.status !== 0) throw new Error("the measurement failed");
    const measured = JSON.parse(run.stdout.trim().split("\n").at(-1)!) as Measured;
    return report(measured);
  } finally {
    await server.stop();
  }
}

function report({ results, csv }: Measured): { pass: boolean; figure: string } {
  console.log(`\n${"10 concurrent callers".padEnd(40)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)}`);
  for (const [name, f] of Object.entries(results)) console.log(`${name.padEnd(40)} ${f.p50.toFixed(1).padStart(8)} ${f.p99.toFixed(1).padStart(8)}`);
  const page1 = results["ledger page 1 (Prisma)"]!;
  const deep = results["ledger page 1,000 deep (Prisma)"]!;
  const rawPg = results["ledger page 1 (raw pg)"]!;
  const api = results["ledger page 1 (API path, audited)"]!;
  const checks = [
    { name: "ledger p99 <= 50 ms (API path)", pass: api.p99 <= 50, figure: `${api.p99.toFixed(1)} ms` },
    { name: "deep page p50 <= 1.5x first", pass: deep.p50 <= 1.5 * page1.p50, figure: `${(deep.p50 / page1.p50).toFixed(2)}x` },
    { name: "Prisma p50 <= 1.5x raw pg (median of 3)", pass: page1.p50 <= 1.5 * rawPg.p50, figure: `${(page1.p50 / rawPg.p50).toFixed(2)}x` },
    { name: "CSV of 200,000 entries <= 5 s", pass: csv.seconds <= 5, figure: `${csv.seconds.toFixed(2)} s, ${csv.megabytes.toFixed(1)} MB, RSS +${csv.rssGrowthMb.toFixed(0)} MB` },
  ];
  console.log("");
  for (const c of checks) console.log(`  ${c.pass ? "PASS" : "FAIL"}  ${c.name.padEnd(34)} ${c.figure}`);
  return { pass: checks.every((c) => c.pass), figure: checks.map((c) => c.figure).join("; ") };
}
