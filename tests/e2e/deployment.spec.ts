import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { startScratchDatabase, type ScratchDatabase } from "../../scripts/lib/scratch-database";
import { startSecondPortal, type SecondPortal } from "./support/second-portal";
import { freshPhone } from "./support/sms";

/*
 * A deployment-style start (DATABASE_URL, NEXTAUTH_SECRET, an https NEXTAUTH_URL) of `npm start`
 * on a PostgreSQL of this test's own, beside the e2e portal (the same build):
 * - SMS_PROVIDER=development chosen on purpose: a warning on start, and the outbox answers this
 *   machine only (decision 026; without SMS_PROVIDER the start refuses: scripts/start.int.test.ts);
 * - HSTS on every answer, the API, files and 404s included (decision 011);
 * - then its database stops: the API answers 503 with Retry-After, pages say so (decision 030).
 */

test.describe.configure({ mode: "serial" });

let deployment: string;
let port: number;
let database: ScratchDatabase;
let portal: SecondPortal;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  database = await startScratchDatabase({ prefix: "portal-e2e-deployment-", database: "portal" });
  portal = await startSecondPortal((free) => ({
    DATA_DIR: path.join(".tmp", "e2e-data-deployment"),
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: "e2e-deployment-secret-0123456789",
    // Served over https by a proxy, as far as the portal knows: HSTS on.
    NEXTAUTH_URL: `https://localhost:${free}`,
    SMS_PROVIDER: "development",
    PORTAL_JOBS: "off",
  }));
  port = portal.port;
  deployment = portal.url;
});

test.afterAll(async () => {
  await portal.stop();
  await database.stop();
});

/** An address of this machine that is not loopback, if it has one. */
function outsideAddress(): string | null {
  const found = Object.values(os.networkInterfaces())
    .flat()
    .find((address) => address && address.family === "IPv4" && !address.internal);
  return found?.address ?? null;
}

test("with the development SMS sender chosen, it warns on start and the outbox answers this machine only", async ({ request }) => {
  expect(portal.output()).toContain("Warning: SMS_PROVIDER=development with DATABASE_URL");

  const phone = freshPhone();
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query(`INSERT INTO "WalletAccount" (id, "ownerName", phone, "phoneMasked", "updatedAt") VALUES ($1, '卫晓光', $2, $3, now())`, [`e2e_dep_${phone}`, phone, `${phone.slice(0, 3)}****${phone.slice(7)}`]);
  await client.end();
  expect((await request.post(`${deployment}/api/auth/code`, { data: { phone } })).status()).toBe(202);

  // From loopback, directly: the code is there (it is sent after the answer).
  await expect
    .poll(async () => {
      const response = await request.get(`${deployment}/api/dev/outbox?phone=${phone}`);
      return ((await response.json()) as { messages: { code: string | null }[] }).messages[0]?.code ?? "";
    })
    .toMatch(/^\d{6}$/);

  // A reverse proxy on the same host connects from 127.0.0.1 too, but says so in its headers;
  // forging the portal server's own header changes nothing: the server overwrites it.
  const proxied: Record<string, string>[] = [
    { "x-forwarded-for": "203.0.113.7" },
    { forwarded: "for=203.0.113.7" },
    { "x-real-ip": "203.0.113.7" },
    { "x-forwarded-for": "127.0.0.1" },
    { "x-portal-client-forwarded": "0", "x-forwarded-for": "203.0.113.7" },
  ];
  for (const headers of proxied) {
    const relayed = await request.get(`${deployment}/api/dev/outbox?phone=${phone}`, { headers });
    expect(relayed.status(), JSON.stringify(headers)).toBe(403);
    const body = await relayed.text();
    expect(JSON.parse(body)).toMatchObject({ error: "forbidden" });
    expect(body).not.toMatch(/\d{6}/);
  }

  const outside = outsideAddress();
  test.skip(!outside, "this machine has no non-loopback IPv4 address to connect from");
  expect((await fetch(`http://${outside}:${port}/api/dev/outbox?phone=${phone}`)).status).toBe(403);
});

test("behind https, every answer carries HSTS: pages, the API, files, the sitemap and 404s", async ({ request }) => {
  for (const pathname of ["/", "/faq", "/no/such/page", "/nothing.txt", "/a/b.png", "/api/health", "/api/no-such-route", "/sitemap.xml", "/favicon.svg"]) {
    const response = await request.get(`${deployment}${pathname}`);
    expect(response.headers()["strict-transport-security"], pathname).toBe("max-age=31536000; includeSubDomains");
    expect(response.headers()["x-content-type-options"], pathname).toBe("nosniff");
  }
});

test("while the database is down, the API answers 503 with Retry-After and pages say so, in both languages", async ({ browser, request }) => {
  await database.stop();

  const ticket = await request.post(`${deployment}/api/tickets`, {
    headers: { "idempotency-key": `outage-${Date.now()}` },
    data: { message: "我的余额为什么是负数？", contact: "13800000000" },
  });
  expect(ticket.status()).toBe(503);
  expect(ticket.headers()["retry-after"]).toBe("5");
  expect(await ticket.json()).toEqual({ error: "service_unavailable", message: expect.stringContaining("database"), retryAfterSeconds: 5 });
  expect((await request.get(`${deployment}/api/health`)).status()).toBe(503);

  for (const [language, title] of [
    ["zh-CN", "暂时无法读取我们的记录"],
    ["en", "We can't reach our records right now"],
  ] as const) {
    const context = await browser.newContext({ locale: language });
    const page = await context.newPage();
    await page.goto(`${deployment}/faq/search?q=${encodeURIComponent("退款")}`);
    await expect(page.getByRole("heading", { name: title })).toBeVisible();
    await context.close();
  }
});
