import { randomUUID } from "node:crypto";
import { expect, test, type Browser } from "@playwright/test";
import { cleanUpPeople, closeDatabase, database, signedIn } from "./support/portal";

/*
 * A signed-in user over the limit on tickets or replies (decision 029): the form says so in the
 * user's language and keeps what was typed, with JavaScript and without. Each test has its own
 * person, whose allowance it uses up directly in the rate limiter's table (the limits themselves
 * are tested in lib/tickets/submit-ticket.int.test.ts), so no other test is touched.
 */

test.afterAll(async () => {
  await cleanUpPeople();
  await closeDatabase();
});

async function useUpAllowance(kind: "ticket" | "reply", userId: string) {
  await database().query(
    `INSERT INTO "RateLimit" ("key", "windowStart", "hits", "updatedAt") VALUES ($1, now(), 100000, now())
     ON CONFLICT ("key") DO UPDATE SET "windowStart" = now(), "hits" = 100000, "updatedAt" = now()`,
    [`write.${kind}:${userId}`],
  );
}

async function browserAs(browser: Browser, baseURL: string, token: string, locale: "zh-CN" | "en", javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled, locale });
  await context.addCookies([
    { name: "NEXT_LOCALE", value: locale, url: baseURL },
    { name: "next-auth.session-token", value: token, url: baseURL },
  ]);
  return context;
}

const countMessages = async (body: string) => Number((await database().query(`SELECT count(*) FROM "TicketMessage" WHERE body = $1`, [body])).rows[0].count);

const CASES = [
  { locale: "zh-CN", javaScriptEnabled: true, send: "提交工单", field: "发生了什么", ticketLimit: "你在过去一小时内提交的工单较多", reply: "发送回复", replyField: "你的回复", replyLimit: "你在过去一小时内发送的回复较多" },
  { locale: "en", javaScriptEnabled: false, send: "Send ticket", field: "What happened", ticketLimit: "You've opened many tickets in the last hour", reply: "Send reply", replyField: "Your reply", replyLimit: "You've sent many replies in the last hour" },
] as const;

for (const c of CASES) {
  const mode = c.javaScriptEnabled ? "with JavaScript" : "without JavaScript";

  test(`a new ticket over the user's limit is refused in words and what was typed stays (${c.locale}, ${mode})`, async ({ browser, baseURL }) => {
    const person = await signedIn("wallet");
    await useUpAllowance("ticket", person.id);
    const context = await browserAs(browser, baseURL!, person.token, c.locale, c.javaScriptEnabled);
    const page = await context.newPage();
    await page.goto("/tickets/new");
    const message = `余额变成负数了 ${randomUUID()}`;
    await page.getByRole("textbox", { name: c.field }).fill(message);
    await page.getByRole("main").getByRole("button", { name: c.send }).click();
    await expect(page.getByRole("alert").filter({ hasText: c.ticketLimit })).toBeVisible();
    await expect(page.getByRole("textbox", { name: c.field })).toHaveValue(message);
    expect(await countMessages(message)).toBe(0);
    await context.close();
  });

  test(`a reply over the user's limit is refused in words and what was typed stays (${c.locale}, ${mode})`, async ({ browser, baseURL, request }) => {
    const person = await signedIn("wallet");
    const opened = await request.post("/api/tickets", { headers: { cookie: person.cookie, "Idempotency-Key": randomUUID() }, data: { message: `需要帮助 ${randomUUID()}` } });
    expect(opened.status()).toBe(201);
    const { number } = (await opened.json()) as { number: number };
    await useUpAllowance("reply", person.id);
    const context = await browserAs(browser, baseURL!, person.token, c.locale, c.javaScriptEnabled);
    const page = await context.newPage();
    await page.goto(`/tickets/${number}`);
    const reply = `补充一下情况 ${randomUUID()}`;
    await page.getByRole("textbox", { name: c.replyField }).fill(reply);
    await page.getByRole("button", { name: c.reply }).click();
    await expect(page.getByRole("alert").filter({ hasText: c.replyLimit })).toBeVisible();
    await expect(page.getByRole("textbox", { name: c.replyField })).toHaveValue(reply);
    expect(await countMessages(reply)).toBe(0);
    await context.close();
  });
}

test("the ticket API answers 429 with Retry-After in the error shape once a user is over the limit", async ({ request }) => {
  const person = await signedIn("wallet");
  await useUpAllowance("ticket", person.id);
  const response = await request.post("/api/tickets", { headers: { cookie: person.cookie, "Idempotency-Key": randomUUID() }, data: { message: "one more" } });
  expect(response.status()).toBe(429);
  const retryAfter = Number(response.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThan(0);
  expect(await response.json()).toEqual({ error: "rate_limited", message: expect.stringContaining("Too many tickets"), retryAfterSeconds: retryAfter });
});
