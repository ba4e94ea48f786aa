// `npm run bench -- pages`: public pages against an empty Next.js page of the same versions.
// Builds (or reuses) the portal and a one-page Next app in .tmp/bench-empty-next, serves both
// (the portal through the real start script, on a throwaway data folder), then prints for `/`,
// `/faq`, `/diagnose` and `/signin`: first-load JS (gzip), requests/s and p99 latency under 25
// connections with Accept-Encoding: gzip (a warm-up, then the median of 3 interleaved runs), and
// the ratios to the empty page; then Lighthouse mobile on `/` for both (median of 5, interleaved).
// Targets: >= 0.8x its requests/s, <= 1.5x its p99, <= 1.10x its JS; Lighthouse within 3 points,
// LCP <= 1.2x.
import autocannon from "autocannon";
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { buildIfNeeded } from "./lib/build-if-needed";
import { findFreePort } from "./lib/free-port";
import { waitForServer } from "./lib/wait-for-server";
import { loaderScripts } from "../lib/http/run-scripts-after-first-paint";
import { lighthouseMobile, type LighthouseFigures } from "./lib/lighthouse-mobile";

const root = path.resolve(__dirname, "..");
const emptyApp = path.join(root, ".tmp", "bench-empty-next");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
const PAGES = ["/", "/faq", "/diagnose", "/signin"] as const;
const CONNECTIONS = 25;
const RUN_SECONDS = Number(process.env.BENCH_PAGES_SECONDS ?? 5);

type PageFigures = { path: string; jsBytes: number; rps: number; p99: number };
export type PagesResult = { empty: PageFigures; portal: PageFigures[]; lighthouse: { empty: LighthouseFigures; portal: LighthouseFigures } | null };

/** A one-page Next app with the portal's own next/react (resolved from the repo's node_modules). */
function writeEmptyApp() {
  fs.mkdirSync(path.join(emptyApp, "app"), { recursive: true });
  const files: Record<string, string> = {
    "package.json": JSON.stringify({ name: "bench-empty-next", private: true }),
    "next.config.js": "module.exports = { poweredByHeader: false };\n",
    "app/layout.jsx": 'export default function Layout({ children }) { return <html lang="en"><body>{children}</body></html>; }\n',
    "app/page.jsx": "export default function Page() { return <main><h1>Hello</h1></main>; }\n",
  };
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(emptyApp, name);
    if (!fs.existsSync(file) || fs.readFileSync(file, "utf8") !== text) fs.writeFileSync(file, text);
  }
  if (fs.existsSync(path.join(emptyApp, ".next", "BUILD_ID"))) return;
  const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: emptyApp, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) throw new Error("building the empty Next app failed");
}

/** Sum of the gzip sizes of the scripts the served HTML loads (what a first visit downloads). */
export async function firstLoadJsBytes(base: string, pagePath: string, headers: Record<string, string> = {}): Promise<number> {
  const html = await (await fetch(base + pagePath, { headers })).text();
  // Script elements, and on prerendered pages the chunks their after-first-paint loader inserts.
  const loaded = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].flatMap((match) => loaderScripts(match[1]!) ?? []);
  const sources = [...new Set([...[...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]!), ...loaded])];
  let total = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    total += zlib.gzipSync(body, { level: 9 }).length;
  }
  return total;
}

async function load(url: string, headers: Record<string, string>, seconds: number) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, headers: { "accept-encoding": "gzip", ...headers } });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function benchPages(): Promise<PagesResult> {
  await buildIfNeeded(".next");
  writeEmptyApp();
  const [emptyPort, portalPort] = [await findFreePort(), await findFreePort()];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-bench-pages-"));
  fs.chmodSync(dataDir, 0o755);
  const emptyServer = spawn(process.execPath, [nextBin, "start", "-p", String(emptyPort)], { cwd: emptyApp, stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  const portal = spawn(process.execPath, [tsx, "scripts/start.ts"], {
    cwd: root,
    stdio: "ignore",
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(portalPort), DATABASE_URL: "", NEXT_DIST_DIR: ".next", NEXTAUTH_URL: `http://localhost:${portalPort}` },
  });
  try {
    const emptyBase = `http://127.0.0.1:${emptyPort}`;
    const portalBase = `http://127.0.0.1:${portalPort}`;
    await Promise.all([waitForServer(emptyBase + "/", emptyServer), waitForServer(portalBase + "/api/health", portal)]);
    const zh = { "accept-language": "zh-CN,zh;q=0.9" };
    const targets = [{ name: "empty", base: emptyBase, path: "/", headers: {} }, ...PAGES.map((p) => ({ name: "portal", base: portalBase, path: p, headers: zh }))];

    for (const target of targets) await load(target.base + target.path, target.headers, 2); // warm-up
    const runs = new Map<string, { rps: number[]; p99: number[] }>();
    for (let run = 0; run < 3; run++) {
      for (const target of targets) {
        const key = `${target.name} ${target.path}`;
        const figures = await load(target.base + target.path, target.headers, RUN_SECONDS);
        const entry = runs.get(key) ?? { rps: [], p99: [] };
        entry.rps.push(figures.rps);
        entry.p99.push(figures.p99);
        runs.set(key, entry);
      }
    }
    const figuresFor = async (target: (typeof targets)[number]): Promise<PageFigures> => {
      const measured = runs.get(`${target.name} ${target.path}`)!;
      return { path: target.path, jsBytes: await firstLoadJsBytes(target.base, target.path, target.headers), rps: median(measured.rps), p99: median(measured.p99) };
    };
    const [empty, ...portalPages] = await Promise.all(targets.map(figuresFor));
    return { empty: empty!, portal: portalPages, lighthouse: await lighthouseBoth(emptyBase + "/", portalBase + "/") };
  } finally {
    emptyServer.kill("SIGTERM");
    portal.kill("SIGTERM");
    await Promise.all([emptyServer, portal].filter((child) => child.exitCode === null).map((child) => new Promise((resolve) => child.once("exit", resolve))));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Lighthouse mobile on both home pages, 5 interleaved runs each, medians; null when it cannot run. */
async function lighthouseBoth(emptyUrl: string, portalUrl: string) {
  if (process.env.BENCH_SKIP_LIGHTHOUSE) return null;
  const runs = { empty: [] as LighthouseFigures[], portal: [] as LighthouseFigures[] };
  try {
    for (let run = 0; run < 5; run++) {
      runs.empty.push(await lighthouseMobile(emptyUrl));
      runs.portal.push(await lighthouseMobile(portalUrl));
    }
  } catch (error) {
    console.error(`Lighthouse could not run: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
  const pick = (list: LighthouseFigures[]) => ({ score: median(list.map((r) => r.score)), lcpMs: median(list.map((r) => r.lcpMs)) });
  return { empty: pick(runs.empty), portal: pick(runs.portal) };
}

/** Prints the side-by-side table; returns whether every page meets the targets. */
export function printPages({ empty, portal, lighthouse }: PagesResult): boolean {
  const fmt = (n: number) => Math.round(n).toLocaleString("en");
  console.log(`\nPublic pages vs an empty Next page (${CONNECTIONS} connections, gzip, median of 3 × ${RUN_SECONDS} s)`);
  console.log(`  ${"page".padEnd(16)} ${"first-load JS".padStart(14)} ${"ratio".padStart(6)} ${"req/s".padStart(8)} ${"ratio".padStart(6)} ${"p99 ms".padStart(7)} ${"ratio".padStart(6)}`);
  console.log(`  ${"empty Next /".padEnd(16)} ${fmt(empty.jsBytes).padStart(12)} B ${"".padStart(6)} ${fmt(empty.rps).padStart(8)} ${"".padStart(6)} ${String(empty.p99).padStart(7)}`);
  let pass = true;
  for (const page of portal) {
    const js = page.jsBytes / empty.jsBytes;
    const rps = page.rps / empty.rps;
    const p99 = page.p99 / Math.max(empty.p99, 1);
    const ok = js <= 1.1 && rps >= 0.8 && p99 <= 1.5;
    pass &&= ok;
    console.log(
      `  ${("portal " + page.path).padEnd(16)} ${fmt(page.jsBytes).padStart(12)} B ${js.toFixed(2).padStart(5)}x ${fmt(page.rps).padStart(8)} ${rps.toFixed(2).padStart(5)}x ${String(page.p99).padStart(7)} ${p99.toFixed(2).padStart(5)}x ${ok ? "" : " MISSED"}`,
    );
  }
  if (lighthouse) {
    const points = lighthouse.portal.score - lighthouse.empty.score;
    const lcp = lighthouse.portal.lcpMs / lighthouse.empty.lcpMs;
    const ok = points >= -3 && lcp <= 1.2;
    pass &&= ok;
    console.log(`  Lighthouse mobile on / (median of 5): empty ${lighthouse.empty.score}, portal ${lighthouse.portal.score} (${points >= 0 ? "+" : ""}${points} points);`);
    console.log(`  LCP empty ${Math.round(lighthouse.empty.lcpMs)} ms, portal ${Math.round(lighthouse.portal.lcpMs)} ms (${lcp.toFixed(2)}x)${ok ? "" : "  MISSED"}`);
  }
  return pass;
}
