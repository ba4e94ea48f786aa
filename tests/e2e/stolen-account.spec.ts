import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import enTickets from "../../messages/en/tickets.json";
import enHome from "../../messages/en/home.json";
import enWizard from "../../messages/en/wizard.json";
import zhTickets from "../../messages/zh-CN/tickets.json";
import zhHome from "../../messages/zh-CN/home.json";
import zhWizard from "../../messages/zh-CN/wizard.json";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { cleanUpPeople, closeDatabase, database, signedIn } from "./support/portal";
import { cleanUpSms, walletAccount } from "./support/sms";
import { personaByPhone, signInBrowser } from "./support/wallet-personas";

/*
 * Issue 17's journeys, on a 390 px phone in both languages: a takeover victim who can sign in
 * reports from the home page; one locked out of the account reports without a session, proves
 * their phone with a code, is answered by SMS and answers through the link (decision 035).
 * Clicks are counted: reporting must stay within 4.
 */

const TEXT = { "zh-CN": { tickets: zhTickets, home: zhHome, wizard: zhWizard }, en: { tickets: enTickets, home: enHome, wizard: enWizard } } as const;
const PHONE = { width: 390, height: 844 };
const opened: BrowserContext[] = [];

test.afterEach(async () => {
  await Promise.all(opened.splice(0).map((context) => context.close()));
});

test.afterAll(async () => {
  await cleanUpSms();
  await cleanUpPeople();
  await closeDatabase();
});

async function phonePage(browser: Browser, baseURL: string, locale: "zh-CN" | "en"): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true });
  opened.push(context);
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL }]);
  return context.newPage();
}

/** Counts the clicks a person makes on the way. */
function clickCounter() {
  let clicks = 0;
  return {
    click: async (target: { click(): Promise<void> }) => {
      clicks += 1;
      await target.click();
    },
    get count() {
      return clicks;
    },
  };
}

async function outbox(page: Page, phone: string): Promise<{ text: string; code: string | null }[]> {
  const response = await page.request.get(`/api/dev/outbox?phone=${phone}`);
  return ((await response.json()) as { messages: { text: string; code: string | null }[] }).messages;
}

for (const locale of ["zh-CN", "en"] as const) {
  const t = TEXT[locale];

  test.describe(`a stolen account (${locale}, 390 px)`, () => {
    test("a victim who can sign in reports from the home page in no more than 4 clicks, and the ticket is urgent", async ({ browser, baseURL }) => {
      const page = await phonePage(browser, baseURL!, locale);
      await signInBrowser(page.context(), baseURL!, await personaByPhone("13800000009"));
      const clicks = clickCounter();
      await page.goto("/");
      await clicks.click(page.getByRole("main").getByRole("link", { name: t.home.urgent.reportLink }));
      await expect(page).toHaveURL(/\/tickets\/new\?result=hack$/);
      const message = `${locale === "en" ? "Someone emptied my wallet" : "有人把我的钱转走了"} ${randomUUID()}`;
      await page.getByRole("textbox", { name: t.tickets.form.message }).fill(message);
      await clicks.click(page.getByRole("main").getByRole("button", { name: t.tickets.form.submit }));
      await expect(page).toHaveURL(/\/tickets\/\d+\?created=1$/);
      await expect(page.getByRole("status")).toContainText(locale === "en" ? "urgent" : "紧急");
      expect(clicks.count).toBeLessThanOrEqual(4);
    });

    test("theft on a positive balance gets the urgent answer with the thief's payment, and leads to the takeover result", async ({ browser, baseURL }) => {
      const page = await phonePage(browser, baseURL!, locale);
      await signInBrowser(page.context(), baseURL!, await personaByPhone("13800000021"));
      await page.goto("/diagnose/account");
      await expect(page.getByRole("alert").filter({ hasText: locale === "en" ? "Urgent" : "紧急" })).toBeVisible();
      const taken = page.getByRole("region", { name: t.wizard.account.victim.title });
      // 19 November, 13:50 Shanghai time: the unknown vivo paid a shop 郑浩 never used (¥260).
      await expect(taken.getByRole("row")).toHaveCount(2);
      await expect(taken.getByRole("row").nth(1)).toContainText(/-(CN)?¥260\.00/);
      await expect(taken.getByTestId("deficit")).toHaveCount(0);
      await page.getByRole("link", { name: t.wizard.account.continue }).click();
      await expect(page).toHaveURL(/\/diagnose\/result\/hack$/);
    });

    test("a healthy account gets a calm answer, with nothing about negative balances", async ({ browser, baseURL }) => {
      const page = await phonePage(browser, baseURL!, locale);
      await signInBrowser(page.context(), baseURL!, await personaByPhone("13800000022"));
      await page.goto("/diagnose/account");
      const main = page.getByRole("main");
      await expect(main.getByRole("heading", { level: 2, name: t.wizard.account.healthy.title })).toBeVisible();
      await expect(main).not.toContainText(locale === "en" ? /below zero|top up|restrict/i : /变成负数|低于零|充值|补足|受限/);
      await expect(main.getByRole("link", { name: t.wizard.account.continue })).toHaveCount(0);
      await expectNoSeriousAxeViolations(page);
    });

    test("a victim locked out reports without a session, proves the phone, is answered by SMS and answers through the link", async ({ browser, baseURL }) => {
      test.slow(); // two people, five dynamic pages and an SMS round trip on a shared machine
      const account = await walletAccount(locale === "en" ? "Grace Lin" : "林嘉");
      const reporter = await phonePage(browser, baseURL!, locale);
      const clicks = clickCounter();
      await reporter.goto("/");
      await clicks.click(reporter.getByRole("main").getByRole("link", { name: t.home.urgent.reportLink }));
      const form = reporter.getByRole("main").locator("form");
      const message = `${locale === "en" ? "I can't sign in and money is gone" : "登录不了,钱被转走了"} ${randomUUID()}`;
      await form.getByRole("textbox", { name: t.tickets.form.message }).fill(message);
      await form.getByRole("textbox", { name: t.tickets.form.contact }).fill(account.phone);
      await clicks.click(form.getByRole("button", { name: t.tickets.form.sendCode }));
      // What was typed stays, and the code goes to the phone given.
      await expect(form.getByRole("status")).toContainText(`${account.phone.slice(0, 3)}****${account.phone.slice(7)}`);
      await expect(form.getByRole("textbox", { name: t.tickets.form.message })).toHaveValue(message);
      await expect(form.getByRole("textbox", { name: t.tickets.form.contact })).toHaveValue(account.phone);
      let code = "";
      await expect.poll(async () => (code = (await outbox(reporter, account.phone))[0]?.code ?? "")).toMatch(/^\d{6}$/);
      await form.getByRole("textbox", { name: t.tickets.form.code }).fill(code);
      await expectNoSeriousAxeViolations(reporter);
      await reporter.setViewportSize(PHONE);
      await clicks.click(form.getByRole("button", { name: t.tickets.form.submit }));
      await expect(reporter).toHaveURL(/\/tickets\/new\?sent=\d+&urgent=1&verified=1$/);
      await expect(reporter.getByRole("status")).toContainText(t.tickets.form.sentVerified);
      expect(clicks.count).toBeLessThanOrEqual(4);
      const number = Number(/sent=(\d+)/.exec(reporter.url())![1]);

      // The agent sees a proven phone and the account it belongs to, and answers in public.
      const agent = await signedIn("agent");
      const summary = await reporter.request.get(`/api/agent/tickets/${number}`, { headers: { cookie: agent.cookie } });
      expect(await summary.json()).toMatchObject({ number, priority: "URGENT", accountId: account.id, contact: { kind: "phone", value: account.phone, verified: true } });
      const desk = await browser.newContext();
      opened.push(desk);
      await desk.addCookies([
        { name: "NEXT_LOCALE", value: "en", url: baseURL! },
        { name: "next-auth.session-token", value: agent.token, url: baseURL! },
      ]);
      const agentPage = await desk.newPage();
      await agentPage.goto(`/agent/tickets/${number}`);
      await expect(agentPage.getByText("Public replies also go to this number by SMS")).toBeVisible();
      const answer = `We have paused payments on the account ${randomUUID()}`;
      await agentPage.getByLabel("Message", { exact: true }).fill(answer);
      await agentPage.getByRole("button", { name: "Send", exact: true }).click();
      await expect(agentPage.getByRole("status").filter({ hasText: "texted to the reporter" })).toBeVisible();

      // The SMS carries the link; it opens the thread on the phone and takes an answer.
      let link = "";
      await expect
        .poll(async () => (link = /(\/tickets\/link\/[\w.-]+)/.exec((await outbox(reporter, account.phone)).find((m) => m.code === null)?.text ?? "")?.[1] ?? ""))
        .toMatch(/^\/tickets\/link\//);
      await reporter.goto(link);
      await expect(reporter.getByRole("heading", { level: 1 })).toContainText(`#${number}`);
      await expect(reporter.getByRole("listitem").filter({ hasText: answer })).toBeVisible();
      await expect(reporter.getByRole("listitem").filter({ hasText: message })).toBeVisible();
      await expectNoSeriousAxeViolations(reporter);
      await reporter.setViewportSize(PHONE);
      const thanks = `${locale === "en" ? "Thank you, I changed my password" : "谢谢,我已经改了密码"} ${randomUUID()}`;
      await reporter.getByRole("main").getByRole("textbox", { name: t.tickets.link.replyLabel }).fill(thanks);
      await reporter.getByRole("main").getByRole("button", { name: t.tickets.detail.send }).click();
      await expect(reporter.getByRole("status").filter({ hasText: t.tickets.link.sent })).toBeVisible();
      await expect(reporter.getByRole("listitem").filter({ hasText: thanks })).toBeVisible();
      const { rows } = await database().query<{ authorId: string | null }>(`SELECT "authorId" FROM "TicketMessage" WHERE body = $1`, [thanks]);
      expect(rows).toEqual([{ authorId: null }]);

      // A link someone guessed opens nothing.
      const guessed = link.replace(/[\w-]{22}$/, "A".repeat(22));
      expect((await reporter.goto(guessed))!.status()).toBe(404);
    });
  });
}

test("without JavaScript, asking for a code keeps the report that was typed", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  opened.push(context);
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  const page = await context.newPage();
  const account = await walletAccount("Ada Wu");
  await page.goto("/tickets/new?result=hack");
  const form = page.getByRole("main").locator("form");
  const message = `No script here ${randomUUID()}`;
  await form.getByRole("textbox", { name: enTickets.form.message }).fill(message);
  await form.getByRole("textbox", { name: enTickets.form.contact }).fill(account.phone);
  await form.getByRole("button", { name: enTickets.form.sendCode }).click();
  await expect(form.getByRole("status")).toContainText("We sent a code to");
  await expect(form.getByRole("textbox", { name: enTickets.form.message })).toHaveValue(message);
  await expect(form.getByRole("textbox", { name: enTickets.form.contact })).toHaveValue(account.phone);
  // A wrong code is refused next to its field; the report is still there.
  await form.getByRole("textbox", { name: enTickets.form.code }).fill("12345");
  await form.getByRole("button", { name: enTickets.form.submit }).click();
  await expect(form.getByRole("textbox", { name: enTickets.form.code })).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#contactCode-error")).toHaveText(enTickets.validation.contactCode.format);
  await expect(form.getByRole("textbox", { name: enTickets.form.message })).toHaveValue(message);
});
