import { expect, test, type Locator, type Page } from "@playwright/test";
import { watchHydration, waitForHydration } from "./support/hydration";
import { closeDatabase } from "./support/portal";
import { cleanUpSms, codeFromOutbox, freshPhone, resetIpCodeLimit, walletAccount } from "./support/sms";

/*
 * Issue 17, item 4: after any refusal the sign-in and password forms keep what was typed (the
 * phone number, never a password or a code) and say what went wrong next to the field it
 * concerns, with JavaScript and without it (a plain form post to the page's server action).
 * Refusals that count against this machine's network are kept few (three): a wrong password
 * twice and a wrong code once; malformed fields and common passwords are refused before counting.
 */

const passwordForm = (page: Page) => page.getByRole("form", { name: "用密码登录" });
const codeForm = (page: Page) => page.getByRole("form", { name: "用短信验证码登录" });
const resetForm = (page: Page) => page.getByRole("main").locator("form");

/** The form's button as a person can press it: without JavaScript, the enabled copy. */
const button = (form: Locator, name: string) => form.getByRole("button", { name, exact: true, disabled: false });

/** The field says it is wrong, its description (aria-describedby) carries the message, and the message sits beside it. */
async function expectErrorAt(field: Locator, message: string) {
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(new RegExp(message));
  await expect(field.locator("xpath=..")).toContainText(message);
}

/** "166 1234 5678": a number as people type it, to see it come back unchanged. */
const spaced = (phone: string) => `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`;

test.beforeAll(resetIpCodeLimit);
test.afterAll(async () => {
  await cleanUpSms();
  await closeDatabase();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a wrong password keeps the phone as typed, empties the password and says so at the password field", async ({ page }) => {
    const typed = spaced(freshPhone());
    await page.goto("/signin?callbackUrl=%2Ftickets");
    const form = passwordForm(page);
    await form.getByLabel("手机号").fill(typed);
    await form.getByLabel("密码", { exact: true }).fill("not-the-password-7");
    await button(form, "登录").click();

    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Ftickets$/);
    await expect(form.getByLabel("手机号")).toHaveValue(typed);
    await expect(form.getByLabel("手机号")).not.toHaveAttribute("aria-invalid", "true");
    await expect(form.getByLabel("密码", { exact: true })).toHaveValue("");
    await expectErrorAt(form.getByLabel("密码", { exact: true }), "手机号或密码不正确");
    expect(await page.content()).not.toContain("not-the-password-7");

    // A malformed phone: every field's problem at its field, the phone still as typed.
    await form.getByLabel("手机号").fill("12345");
    await button(form, "登录").click();
    await expect(form.getByLabel("手机号")).toHaveValue("12345");
    await expectErrorAt(form.getByLabel("手机号"), "请输入以 1 开头的 11 位数字");
    await expectErrorAt(form.getByLabel("密码", { exact: true }), "请输入密码");
    await expect(page.getByRole("alert").filter({ hasText: "请检查以下内容" })).toContainText("手机号：请输入以 1 开头的 11 位数字");
  });

  test("the SMS code form keeps the phone through a malformed number and a wrong code, then signs in", async ({ page, request }) => {
    const account = await walletAccount("许一帆");
    await page.goto("/signin");
    await codeForm(page).getByLabel("手机号").fill("1380000");
    await button(codeForm(page), "获取验证码").click();
    await expect(codeForm(page).getByLabel("手机号")).toHaveValue("1380000");
    await expectErrorAt(codeForm(page).getByLabel("手机号"), "请输入以 1 开头的 11 位数字");

    const typed = spaced(account.phone);
    await codeForm(page).getByLabel("手机号").fill(typed);
    await button(codeForm(page), "获取验证码").click();
    await expect(codeForm(page).getByRole("status")).toContainText(`如果 ${typed} 是钱包账户绑定的手机号，验证码已经发出`);
    const code = await codeFromOutbox(request, account.phone);
    const wrong = code === "097531" ? "097532" : "097531";
    await codeForm(page).getByLabel("短信验证码").fill(wrong);
    await button(codeForm(page), "登录").click();

    await expect(codeForm(page).getByRole("status")).toContainText(typed);
    await expect(codeForm(page).getByLabel("短信验证码")).toHaveValue("");
    await expectErrorAt(codeForm(page).getByLabel("短信验证码"), "验证码不正确、已过期或已使用过");
    expect(await page.content()).not.toContain(wrong);

    await codeForm(page).getByLabel("短信验证码").fill(code);
    await button(codeForm(page), "登录").click();
    await expect(page).toHaveURL(/\/me$/);
    await expect(page.getByRole("heading", { level: 1, name: "你好，许一帆" })).toBeVisible();
  });

  test("the password page keeps the phone after a common password, never the code or the password, then saves and signs in", async ({ page, request }) => {
    const account = await walletAccount("程思远");
    await page.goto("/password");
    await resetForm(page).getByLabel("手机号").fill(account.phone);
    await button(resetForm(page), "获取验证码").click();
    await expect(resetForm(page).getByRole("status")).toContainText(account.phone);
    const code = await codeFromOutbox(request, account.phone);
    await resetForm(page).getByLabel("短信验证码").fill(code);
    await resetForm(page).getByLabel("新密码").fill("12345678");
    await button(resetForm(page), "保存新密码").click();

    await expect(resetForm(page).getByRole("status")).toContainText(account.phone);
    await expectErrorAt(resetForm(page).getByLabel("新密码"), "这个密码在常用密码列表里");
    await expect(resetForm(page).getByLabel("新密码")).toHaveValue("");
    await expect(resetForm(page).getByLabel("短信验证码")).toHaveValue("");
    expect(await page.content()).not.toContain(code);

    // The code was not used up by the refused password: typed again, it saves the new one.
    await resetForm(page).getByLabel("短信验证码").fill(code);
    await resetForm(page).getByLabel("新密码").fill("my own password 8");
    await button(resetForm(page), "保存新密码").click();
    await expect(page).toHaveURL(/\/me$/);
    await expect(page.getByText("你已设置密码。", { exact: false })).toBeVisible();
  });
});

test.describe("with JavaScript", () => {
  test("a wrong password keeps the phone and says so at the password field", async ({ page }) => {
    const typed = spaced(freshPhone());
    await watchHydration(page);
    await page.goto("/signin");
    await waitForHydration(page);
    const form = passwordForm(page);
    await form.getByLabel("手机号").fill(typed);
    await form.getByLabel("密码", { exact: true }).fill("not-the-password-8");
    await button(form, "登录").click();

    await expectErrorAt(form.getByLabel("密码", { exact: true }), "手机号或密码不正确");
    await expect(form.getByLabel("手机号")).toHaveValue(typed);
    await expect(page).toHaveURL(/\/signin$/);
  });

  test("a malformed phone on the code form is said at the phone field, the number kept", async ({ page }) => {
    await watchHydration(page);
    await page.goto("/signin");
    await waitForHydration(page);
    await codeForm(page).getByLabel("手机号").fill("1380000");
    await button(codeForm(page), "获取验证码").click();
    await expectErrorAt(codeForm(page).getByLabel("手机号"), "请输入以 1 开头的 11 位数字");
    await expect(codeForm(page).getByLabel("手机号")).toHaveValue("1380000");
  });
});
