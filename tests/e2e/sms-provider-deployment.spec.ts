import { spawn, type ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { closeDatabase, portalConnection } from "./support/portal";
import { cleanUpSms, codeFromOutbox, resetIpCodeLimit, walletAccount } from "./support/sms";

/*
 * A deployment (DATABASE_URL) that chose the development SMS sender on purpose (decision 026):
 * a second `npm start` on the e2e portal's database with SMS_PROVIDER=development. It warns on
 * start, and its outbox answers only requests made on this machine that no proxy relayed.
 * (Without SMS_PROVIDER it refuses to start: scripts/start.int.test.ts.)
 */

const root = path.resolve(__dirname, "..", "..");
const port = Number(process.env.E2E_PORT ?? 3123) + 1001;
const deployment = `http://localhost:${port}`;
let portal: ChildProcess;
let output = "";

test.beforeAll(async () => {
  test.setTimeout(240_000);
  await resetIpCodeLimit();
  const { databaseUrl, nextAuthSecret } = portalConnection();
  portal = spawn(process.execPath, [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/start.ts"], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: path.join(".tmp", "e2e-data-deployment"),
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: nextAuthSecret,
      NEXTAUTH_URL: deployment,
      NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-e2e",
      SMS_PROVIDER: "development",
      PORTAL_JOBS: "off",
    },
  });
  portal.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  portal.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await expect
    .poll(() => fetch(`${deployment}/api/health`).then((r) => r.status, () => 0), { timeout: 200_000, intervals: [500] })
    .toBe(200);
});

test.afterAll(async () => {
  if (portal.exitCode === null) {
    const exited = new Promise((resolve) => portal.once("exit", resolve));
    portal.kill("SIGTERM");
    await exited;
  }
  await cleanUpSms();
  await closeDatabase();
});

/** An address of this machine that is not loopback, if it has one. */
function outsideAddress(): string | null {
  const found = Object.values(os.networkInterfaces())
    .flat()
    .find((address) => address && address.family === "IPv4" && !address.internal);
  return found?.address ?? null;
}

test("warns on start, and the outbox answers this machine only, never a proxied or outside request", async ({ request }) => {
  expect(output).toContain("Warning: SMS_PROVIDER=development with DATABASE_URL");

  const account = await walletAccount("卫晓光");
  expect((await request.post(`${deployment}/api/auth/code`, { data: { phone: account.phone } })).status()).toBe(202);
  // From loopback, directly: the code is there.
  expect(await codeFromOutbox(request, account.phone, { baseURL: deployment })).toMatch(/^\d{6}$/);

  // A reverse proxy on the same host connects from 127.0.0.1 too, but says so in its headers.
  const proxied: Record<string, string>[] = [{ "x-forwarded-for": "203.0.113.7" }, { forwarded: "for=203.0.113.7" }, { "x-real-ip": "203.0.113.7" }, { "x-forwarded-for": "127.0.0.1" }];
  for (const headers of proxied) {
    const relayed = await request.get(`${deployment}/api/dev/outbox?phone=${account.phone}`, { headers });
    expect(relayed.status(), JSON.stringify(headers)).toBe(403);
    const body = (await relayed.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ error: "forbidden" });
    expect(JSON.stringify(body)).not.toMatch(/\d{6}/);
  }
  // Forging the portal server's own header changes nothing: the server overwrites it.
  expect((await request.get(`${deployment}/api/dev/outbox?phone=${account.phone}`, { headers: { "x-portal-client-forwarded": "0", "x-forwarded-for": "203.0.113.7" } })).status()).toBe(403);

  const outside = outsideAddress();
  test.skip(!outside, "this machine has no non-loopback IPv4 address to connect from");
  const remote = await fetch(`http://${outside}:${port}/api/dev/outbox?phone=${account.phone}`);
  expect(remote.status).toBe(403);
});

test("the embedded demo's outbox stays as it was", async ({ request }) => {
  const account = await walletAccount("卫晓光");
  expect((await request.post("/api/auth/code", { data: { phone: account.phone } })).status()).toBe(202);
  expect(await codeFromOutbox(request, account.phone)).toMatch(/^\d{6}$/);
  expect((await request.get(`/api/dev/outbox?phone=${account.phone}`, { headers: { "x-forwarded-for": "203.0.113.7" } })).status()).toBe(200);
});
