import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { cleanUpPeople, closeDatabase, database, signedIn } from "./support/portal";
import { personaByPhone, signInBrowser } from "./support/wallet-personas";

test.afterAll(async () => {
  await cleanUpPeople();
  await closeDatabase();
});

const countTickets = async (message: string) => Number((await database().query(`SELECT count(*) FROM "TicketMessage" WHERE body = $1`, [message])).rows[0].count);

test.describe("hand-off to support", () => {
  test("a signed-in user opens a ticket from a result, gets its number, and a double click makes one ticket", async ({ page, context, baseURL }) => {
    test.slow(); // three dynamic pages and a form post on a shared machine
    await signInBrowser(context, baseURL!, await personaByPhone("13800000007"));
    await page.goto("/diagnose/result/promo");
    await page.getByRole("link", { name: "联系客服" }).click();
    await expect(page).toHaveURL(/\/tickets\/new\?result=promo$/);
    const message = `返现被扣回了,但订单没有取消 ${randomUUID()}`;
    await page.getByRole("textbox", { name: "发生了什么" }).fill(message);
    await page.getByRole("main").getByRole("button", { name: "提交工单" }).dblclick();
    await expect(page).toHaveURL(/\/tickets\/\d+\?created=1$/);
    await expect(page.getByRole("status")).toContainText("你的工单号是 #");
    await expect(page.getByRole("listitem").filter({ hasText: message })).toBeVisible();
    expect(await countTickets(message)).toBe(1);
    await page.goto("/tickets");
    await expect(page.getByRole("main").getByRole("link", { name: new RegExp(message.slice(0, 20)) })).toBeVisible();
  });

  test("someone who cannot sign in opens an unverified urgent ticket with a contact, and an agent sees how to reach them", async ({ page, context, baseURL, request }) => {
    await page.goto("/");
    await page.getByRole("complementary").getByRole("link", { name: "报告不认识的交易" }).click();
    const message = `我的账户被盗了,登录不了 ${randomUUID()}`;
    await page.getByRole("textbox", { name: "发生了什么" }).fill(message);
    await page.getByLabel("手机号或邮箱").fill("139 0000 1234");
    await page.getByRole("main").getByRole("button", { name: "提交工单" }).click();
    await expect(page.getByRole("status")).toContainText(/你的工单号是 #\d+/);
    // The confirmation says when support first answers: the URGENT first-response target, 30 minutes.
    await expect(page).toHaveURL(/\/tickets\/new\?sent=\d+&urgent=1$/);
    await expect(page.getByRole("status")).toContainText("这是紧急工单：客服会在 30分钟内首次回复你。");
    const { rows } = await database().query(
      `SELECT t.priority, t.verified, t.contact, t."requesterId" FROM "Ticket" t JOIN "TicketMessage" m ON m."ticketId" = t.id WHERE m.body = $1`,
      [message],
    );
    expect(rows).toEqual([{ priority: "URGENT", verified: false, contact: "13900001234", requesterId: null }]);
    const number = Number(/你的工单号是 #(\d+)/.exec((await page.getByRole("status").textContent()) ?? "")?.[1]);

    // An agent in the same browser: the queue shows the contact masked, the ticket in full.
    const agent = await signedIn("agent");
    await context.addCookies([{ name: "next-auth.session-token", value: agent.token, url: baseURL! }]);
    await page.goto(`/agent/tickets?q=%23${number}`);
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: `#${number}`, exact: true }) });
    await expect(row).toContainText("未登录 · 手机 139****1234 · 未验证");
    await expect(page.getByRole("main")).not.toContainText("13900001234");
    await row.getByRole("link", { name: `#${number}`, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(`工单 #${number}`) })).toBeVisible();
    await expect(page.getByText(/未登录的报告人 于 .+ 提交/)).toBeVisible();
    const reporter = page.getByRole("region", { name: "报告人联系方式" });
    await expect(reporter.getByRole("link", { name: "13900001234" })).toHaveAttribute("href", "tel:13900001234");
    await expect(reporter).toContainText("手机");
    await expect(reporter).toContainText("未验证:提交时未登录");

    // The ticket page's look is in the access log, and the agent API's read is one more row.
    const views = async () => Number((await database().query(`SELECT count(*) FROM "AuditLog" WHERE action = 'ticket.view' AND "actorId" = $1 AND metadata->>'ticketNumber' = $2`, [agent.id, String(number)])).rows[0].count);
    const pageViews = await views();
    expect(pageViews).toBeGreaterThanOrEqual(1);
    const api = await request.get(`/api/agent/tickets/${number}`, { headers: { cookie: agent.cookie } });
    expect(api.status()).toBe(200);
    expect(await api.json()).toMatchObject({ number, priority: "URGENT", cause: "HACK", requester: null, contact: { kind: "phone", value: "13900001234", verified: false } });
    expect(await views()).toBe(pageViews + 1);
  });

  test("an empty or missing contact gets a field message in the user's language", async ({ request }) => {
    const response = await request.post("/api/tickets", { headers: { "Idempotency-Key": randomUUID() }, data: { message: "  " } });
    expect(response.status()).toBe(422);
    const body = await response.json();
    expect(body.errors.map((e: { path: string }) => e.path)).toEqual(["message"]);
    const noContact = await request.post("/api/tickets", { headers: { "Idempotency-Key": randomUUID() }, data: { message: "hi" } });
    expect((await noContact.json()).errors).toEqual([expect.objectContaining({ path: "contact", code: "contact.required" })]);
  });
});

test.describe("POST /api/tickets idempotency", () => {
  test("the same key and body give the same ticket, also in parallel; another body is 422; no key is 400", async ({ request }) => {
    const zhang = await personaByPhone("13800000001");
    const headers = { cookie: zhang.cookie, "Idempotency-Key": randomUUID() };
    const message = `parallel ${randomUUID()}`;
    const answers = await Promise.all(Array.from({ length: 4 }, () => request.post("/api/tickets", { headers, data: { message } })));
    expect(answers.map((a) => a.status())).toEqual([201, 201, 201, 201]);
    const numbers = new Set(await Promise.all(answers.map(async (a) => (await a.json()).number as number)));
    expect(numbers.size).toBe(1);
    expect(await countTickets(message)).toBe(1);
    const again = await request.post("/api/tickets", { headers, data: { message } });
    expect(await again.json()).toMatchObject({ number: [...numbers][0] });
    expect((await request.post("/api/tickets", { headers, data: { message: "something else" } })).status()).toBe(422);
    expect((await request.post("/api/tickets", { headers: { cookie: zhang.cookie }, data: { message } })).status()).toBe(400);
  });
});

test.describe("my tickets", () => {
  test("another user's ticket is not found, in the API and the page", async ({ page, context, baseURL, request }) => {
    const zhang = await personaByPhone("13800000001");
    const created = await request.post("/api/tickets", { headers: { cookie: zhang.cookie, "Idempotency-Key": randomUUID() }, data: { message: "only mine" } });
    const { number } = await created.json();
    const other = await personaByPhone("13800000002");
    expect((await request.get(`/api/tickets/${number}`, { headers: { cookie: other.cookie } })).status()).toBe(404);
    expect((await request.get(`/api/tickets/${number}`, { headers: { cookie: zhang.cookie } })).status()).toBe(200);
    const list = await (await request.get("/api/tickets", { headers: { cookie: other.cookie } })).json();
    expect(list.tickets.map((t: { number: number }) => t.number)).not.toContain(number);
    await signInBrowser(context, baseURL!, other);
    expect((await page.goto(`/tickets/${number}`))?.status()).toBe(404);
  });

  test("a support reply shows up for the user (internal notes never do); replying reopens; closing works", async ({ page, context, baseURL, request }) => {
    const li = await personaByPhone("13800000003");
    const created = await request.post("/api/tickets", { headers: { cookie: li.cookie, "Idempotency-Key": randomUUID() }, data: { message: "<b>转错的钱</b>被追回了" } });
    const { number } = await created.json();
    const db = database();
    const { rows } = await db.query(`UPDATE "Ticket" SET status = 'WAITING_ON_CUSTOMER', "assigneeId" = 'usr_agent_wang' WHERE number = $1 RETURNING id`, [number]);
    const ticketId = rows[0].id as string;
    await db.query(
      `INSERT INTO "TicketMessage" (id, "ticketId", "authorId", visibility, body, "createdAt") VALUES ($1, $2, 'usr_agent_wang', 'INTERNAL', '内部备注:核对设备', now()), ($3, $2, 'usr_agent_wang', 'PUBLIC', '请问追回前你收到过通知吗?', now() + interval '1 second')`,
      [`e2e_int_${number}`, ticketId, `e2e_pub_${number}`],
    );
    await signInBrowser(context, baseURL!, li);
    await page.goto(`/tickets/${number}`);
    await expect(page.getByText("请问追回前你收到过通知吗?")).toBeVisible();
    await expect(page.getByText("内部备注")).toHaveCount(0);
    // Markup the user typed is shown as text.
    await expect(page.getByText("<b>转错的钱</b>被追回了", { exact: true })).toBeVisible();
    await expect(page.getByText("等待你回复")).toBeVisible();
    await page.getByLabel("你的回复").fill("收到过一条短信");
    await page.getByRole("button", { name: "发送回复" }).click();
    await expect(page.getByText("收到过一条短信")).toBeVisible();
    await expect(page.getByRole("main").getByText("处理中", { exact: true })).toBeVisible();
    await page.getByRole("button", { name: "关闭工单" }).click();
    await expect(page.getByText("这个工单已关闭")).toBeVisible();
    const api = await (await request.get(`/api/tickets/${number}`, { headers: { cookie: li.cookie } })).json();
    expect(api.ticket.messages.map((m: { body: string }) => m.body)).toEqual(["<b>转错的钱</b>被追回了", "请问追回前你收到过通知吗?", "收到过一条短信"]);
  });
});
