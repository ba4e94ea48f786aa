import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { closeDatabase, portalConnection } from "./support/portal";
import { startSecondPortal, type SecondPortal } from "./support/second-portal";
import { cleanUpSms, resetIpCodeLimit, walletAccount } from "./support/sms";

/*
 * Two portal processes on one database behave as one portal (decision 003): a second `npm start`
 * on the e2e portal's database, configured with a real provider (the HTTP webhook, answered by a
 * small server in this test). Throttles and codes are in PostgreSQL, so they are shared.
 */

const received: { to: string; text: string }[] = [];
let webhook: http.Server;
let portal: SecondPortal;
let second: string;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  await resetIpCodeLimit();
  webhook = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      received.push(JSON.parse(body) as { to: string; text: string });
      response.writeHead(200).end("{}");
    });
  });
  await new Promise<void>((resolve) => webhook.listen(0, "127.0.0.1", resolve));
  const { databaseUrl, nextAuthSecret } = portalConnection();
  portal = await startSecondPortal((port) => ({
    DATA_DIR: path.join(".tmp", "e2e-data-second"),
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: nextAuthSecret,
    NEXTAUTH_URL: `http://localhost:${port}`,
    SMS_PROVIDER: "webhook",
    SMS_WEBHOOK_URL: `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/sms`,
  }));
  second = portal.url;
});

test.afterAll(async () => {
  await portal.stop();
  webhook.close();
  await cleanUpSms();
  await closeDatabase();
});

test("a code asked for on one portal holds back the same phone on the other", async ({ request }) => {
  const account = await walletAccount("冯一鸣");
  expect((await request.post("/api/auth/code", { data: { phone: account.phone } })).status()).toBe(202);
  const refused = await request.post(`${second}/api/auth/code`, { data: { phone: account.phone } });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  expect(await refused.json()).toMatchObject({ error: "rate_limited", retryAfterSeconds: Number(refused.headers()["retry-after"]) });
});

test("with a real provider the SMS goes to it, the outbox is gone, and the code signs in on the other portal", async ({ page, request }) => {
  const account = await walletAccount("褚思远");
  expect((await request.post(`${second}/api/auth/code`, { data: { phone: account.phone } })).status()).toBe(202);
  await expect.poll(() => received.find((message) => message.to === account.phone)?.text ?? "").toMatch(/\d{6}/);
  const code = /(\d{6})/.exec(received.find((message) => message.to === account.phone)!.text)![1]!;

  expect((await request.get(`${second}/api/dev/outbox?phone=${account.phone}`)).status()).toBe(404);
  expect(await (await request.get(`/api/dev/outbox?phone=${account.phone}`)).json()).toEqual({ messages: [] });

  await page.goto("/signin");
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signIn = await page.request.post("/api/auth/callback/wallet-code", { form: { phone: account.phone, code, csrfToken, json: "true" } });
  expect(signIn.ok()).toBe(true);
  const me = await page.request.get("/api/auth/me");
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ user: { role: "WALLET_USER", name: "褚思远" } });
});
