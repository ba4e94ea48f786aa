import { expect, test, type Page } from "@playwright/test";
import { closeDatabase, database } from "./support/portal";
import { cleanUpSms, codeFromOutbox, freshPhone, resetIpCodeLimit, walletAccount } from "./support/sms";

const codeForm = (page: Page) => page.getByRole("form", { name: "用短信验证码登录" });

async function askForCode(page: Page, phone: string) {
  await page.goto("/signin");
  await codeForm(page).getByLabel("手机号").fill(phone);
  await codeForm(page).getByRole("button", { name: "获取验证码" }).click();
  await expect(codeForm(page).getByRole("status")).toContainText("验证码已经发出");
}

async function enterCode(page: Page, code: string) {
  await codeForm(page).getByLabel("短信验证码").fill(code);
  await codeForm(page).getByRole("button", { name: "登录", exact: true }).click();
}

test.beforeAll(resetIpCodeLimit);
test.afterAll(async () => {
  await cleanUpSms();
  await closeDatabase();
});

test("a wallet owner signs in with a code from the outbox and lands on their home; a second request within the minute waits", async ({ page, browser, request }) => {
  const account = await walletAccount("周子涵");
  await askForCode(page, `${account.phone.slice(0, 3)} ${account.phone.slice(3, 7)} ${account.phone.slice(7)}`);
  // The countdown before "send again" comes with the answer.
  await expect(codeForm(page).getByRole("button", { name: /秒后可重新发送/ })).toBeDisabled();
  const code = await codeFromOutbox(request, account.phone);
  await enterCode(page, code);
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole("heading", { level: 1, name: "你好，周子涵" })).toBeVisible();
  await expect(page.getByText("你一直用短信验证码登录，还没有设置密码。", { exact: false })).toBeVisible();

  // Within the minute, another browser asking for this phone is told to wait, politely.
  const other = await browser.newPage();
  await other.goto("/signin");
  await codeForm(other).getByLabel("手机号").fill(account.phone);
  await codeForm(other).getByRole("button", { name: "获取验证码" }).click();
  await expect(other.getByRole("alert").filter({ hasText: /请求太频繁，请 \d+ 秒后再获取验证码/ })).toBeVisible();
  await expect(codeForm(other).getByRole("button", { name: /秒后可重新发送/ })).toBeDisabled();
  await other.close();
});

test("an expired code, a wrong code and an unknown phone all get the same clear message", async ({ page, request }) => {
  const account = await walletAccount("钱多多");
  await askForCode(page, account.phone);
  const code = await codeFromOutbox(request, account.phone);
  // Five minutes pass.
  await database().query(`UPDATE "OneTimeCode" SET "expiresAt" = now() - interval '1 second' WHERE phone = $1`, [account.phone]);
  await enterCode(page, code);
  const refused = page.getByRole("alert").filter({ hasText: "验证码不正确、已过期或已使用过" });
  await expect(refused).toBeVisible();
  await expect(page).toHaveURL(/\/signin$/);

  // A phone without an account gets exactly the answer a real one gets.
  const answer = await request.post("/api/auth/code", { data: { phone: freshPhone() } });
  expect(answer.status()).toBe(202);
  expect(await answer.json()).toEqual({ sent: true, resendAfterSeconds: 60 });
  const stranger = freshPhone();
  await askForCode(page, stranger);
  await enterCode(page, "123456");
  await expect(refused).toBeVisible();
});

test("five wrong codes slow the phone on this network: even the right code must wait (decision 028)", async ({ page, request }) => {
  const account = await walletAccount("孙小美");
  await askForCode(page, account.phone);
  const code = await codeFromOutbox(request, account.phone);
  const wrong = code === "000000" ? "999999" : "000000";
  for (let attempt = 1; attempt <= 4; attempt++) {
    await enterCode(page, wrong);
    await expect(page.getByRole("alert").filter({ hasText: "验证码不正确" })).toBeVisible();
  }
  await enterCode(page, wrong);
  await expect(page.getByRole("alert").filter({ hasText: "尝试次数过多，请 30 秒后再试" })).toBeVisible();
  await enterCode(page, code);
  await expect(page.getByRole("alert").filter({ hasText: "尝试次数过多" })).toBeVisible();
  await expect(page).toHaveURL(/\/signin$/);
});

test("a malformed phone gets a field message, in the page and in the API", async ({ page, request }) => {
  await page.goto("/signin");
  await codeForm(page).getByLabel("手机号").fill("12345");
  await codeForm(page).getByRole("button", { name: "获取验证码" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "请检查以下内容" })).toContainText("手机号：请输入以 1 开头的 11 位数字");
  await expect(codeForm(page).getByLabel("手机号")).toHaveAttribute("aria-invalid", "true");

  const answer = await request.post("/api/auth/code", { data: { phone: "12345" } });
  expect(answer.status()).toBe(400);
  expect(await answer.json()).toMatchObject({ error: "invalid_input", errors: [{ path: "phone" }] });
});

test("the code sign-in page speaks English", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  await page.goto("/signin");
  const form = page.getByRole("form", { name: "Sign in with an SMS code" });
  await form.getByLabel("Phone number").fill("999");
  await form.getByRole("button", { name: "Text me a code" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Please check the following" })).toContainText("Phone number: enter 11 digits starting with 1");
});

test.describe("password by code", () => {
  test("a code-only user sets a password: the old session ends, the new password signs in", async ({ page, browser, request }) => {
    const account = await walletAccount("卫嘉怡");
    await askForCode(page, account.phone);
    await enterCode(page, await codeFromOutbox(request, account.phone));
    await expect(page).toHaveURL(/\/me$/);
    expect((await page.request.get("/api/auth/me")).status()).toBe(200);

    // On another device (a fresh browser), the same person sets a password with a new code.
    const other = await browser.newPage();
    await other.goto("/password");
    await expect(other.getByRole("heading", { level: 1, name: "重设或设置密码" })).toBeVisible();
    const form = other.getByRole("main").locator("form");
    await form.getByLabel("手机号").fill(account.phone);
    await form.getByRole("button", { name: "获取验证码" }).click();
    await expect(form.getByRole("status")).toContainText("验证码已经发出");
    const code = await codeFromOutbox(request, account.phone);
    await form.getByLabel("短信验证码").fill(code);
    await form.getByLabel("新密码").fill("short");
    await form.getByRole("button", { name: "保存新密码" }).click();
    await expect(other.getByRole("alert").filter({ hasText: "请检查以下内容" })).toContainText("新密码：新密码至少 8 个字符");
    // Long enough, but on the common-password list: the server says why, in the page's language.
    // Phone and code stay as typed (the code was not used up); the refused password is cleared.
    await form.getByLabel("新密码").fill("12345678");
    await form.getByRole("button", { name: "保存新密码" }).click();
    await expect(other.getByRole("alert").filter({ hasText: "请检查以下内容" })).toContainText("新密码：这个密码在常用密码列表里");
    await expect(form.getByLabel("新密码")).toHaveValue("");
    await expect(form.getByLabel("短信验证码")).toHaveValue(code);
    await expect(form.getByRole("status")).toContainText("验证码已经发出");
    await form.getByLabel("新密码").fill("my own password 8");
    await form.getByRole("button", { name: "保存新密码" }).click();
    await expect(other).toHaveURL(/\/me$/);
    await expect(other.getByText("你已设置密码。", { exact: false })).toBeVisible();

    // The first device's session ended with the new password (session version, decision 008).
    expect((await page.request.get("/api/auth/me")).status()).toBe(401);
    await other.close();
  });

  test("the password page speaks English", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
    await page.goto("/password");
    await expect(page.getByRole("heading", { level: 1, name: "Reset or set your password" })).toBeVisible();
    await page.getByRole("main").locator("form").getByRole("button", { name: "Text me a code" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Please check the following" })).toContainText("Phone number: enter your phone number");
  });
});
