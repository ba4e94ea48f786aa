import { expect, test, type Page } from "@playwright/test";

// Demo personas from the seed (prisma/seed.ts).
const STAFF = { email: "agent@example.com", password: "portal-demo-2026" };
const WALLET = { phone: "13800000001", password: "wallet-demo-2026" };

/** The wallet sign-in page has two forms (SMS code first); these tests use the password one. */
const passwordForm = (page: Page, name = "用密码登录") => page.getByRole("form", { name });

async function signInAsStaff(page: Page, password = STAFF.password, email = STAFF.email) {
  await page.getByLabel("工作邮箱").fill(email);
  await page.getByLabel("密码", { exact: true }).fill(password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
}

test.describe("staff sign-in", () => {
  test("sends /agent to the staff sign-in page, then back to the workspace with the agent's name", async ({ page }) => {
    await page.goto("/agent");
    await expect(page).toHaveURL(/\/staff\/signin\?callbackUrl=%2Fagent$/);
    await expect(page.getByRole("heading", { level: 1, name: "员工登录" })).toBeVisible();

    await signInAsStaff(page);
    await expect(page).toHaveURL(/\/agent$/);
    await expect(page.getByRole("heading", { level: 1, name: "客服工作台" })).toBeVisible();

    const me = await (await page.request.get("/api/auth/me")).json();
    expect(me.user.role).toBe("AGENT");
    await expect(page.getByRole("main").getByText(`当前登录：${me.user.name} · 客服专员`)).toBeVisible();
    await expect(page.getByRole("banner").getByText(me.user.name)).toBeVisible();
  });

  test("answers a wrong password and an unknown email with the same generic message", async ({ page }) => {
    await page.goto("/staff/signin");
    await signInAsStaff(page, "not-the-password");
    const alert = page.getByRole("alert").filter({ hasText: "邮箱或密码不正确" });
    await expect(alert).toBeVisible();
    await expect(page).toHaveURL(/\/staff\/signin$/);

    await signInAsStaff(page, STAFF.password, `nobody-${Date.now()}@example.com`);
    await expect(page.getByRole("alert").filter({ hasText: "邮箱或密码不正确" })).toBeVisible();
  });

  test("ignores an external callbackUrl", async ({ page }) => {
    await page.goto("/staff/signin?callbackUrl=https%3A%2F%2Fevil.example%2Fphish");
    await signInAsStaff(page);
    await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/agent$/);
  });

  test("signs out back to the home page, and /agent asks to sign in again", async ({ page }) => {
    await page.goto("/staff/signin");
    // Signing out ends all of that person's sessions (decision 008): use an agent no test
    // running at the same time is signed in as.
    await signInAsStaff(page, STAFF.password, "agent2@example.com");
    await expect(page.getByRole("heading", { level: 1, name: "客服工作台" })).toBeVisible();

    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("banner").getByRole("link", { name: "登录", exact: true })).toBeVisible();
    expect((await page.request.get("/api/auth/me")).status()).toBe(401);

    await page.goto("/agent");
    await expect(page).toHaveURL(/\/staff\/signin\?callbackUrl=%2Fagent$/);
  });
});

test.describe("wallet-user sign-in", () => {
  test("accepts the phone number typed with spaces and lands on the signed-in home", async ({ page }) => {
    await page.goto("/signin");
    await passwordForm(page).getByLabel("手机号").fill("138 0000 0001");
    await passwordForm(page).getByLabel("密码", { exact: true }).fill(WALLET.password);
    await passwordForm(page).getByRole("button", { name: "登录", exact: true }).click();

    await expect(page).toHaveURL(/\/me$/);
    await expect(page.getByRole("banner").getByText("钱包用户")).toBeVisible();
    await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
  });

  test("checks the form before sending it and names each field", async ({ page }) => {
    await page.goto("/signin");
    await passwordForm(page).getByLabel("手机号").fill("12345");
    await passwordForm(page).getByRole("button", { name: "登录", exact: true }).click();

    const summary = page.getByRole("alert").filter({ hasText: "请检查以下内容" });
    await expect(summary).toContainText("手机号：请输入以 1 开头的 11 位数字");
    await expect(summary).toContainText("密码：请输入密码");
    await expect(passwordForm(page).getByLabel("手机号")).toHaveAttribute("aria-invalid", "true");
    await expect(passwordForm(page).getByLabel("密码", { exact: true })).toHaveAttribute("aria-invalid", "true");
  });

  test("shows a wallet user a 403 page on the agent workspace", async ({ page }) => {
    await page.goto("/signin");
    await passwordForm(page).getByLabel("手机号").fill(WALLET.phone);
    await passwordForm(page).getByLabel("密码", { exact: true }).fill(WALLET.password);
    await passwordForm(page).getByRole("button", { name: "登录", exact: true }).click();
    await expect(page).toHaveURL(/\/me$/);

    await page.goto("/agent");
    await expect(page.getByRole("heading", { level: 1, name: "你的账户无法访问此页面" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "客服工作台" })).toHaveCount(0);
  });
});

test.describe("APIs without a session", () => {
  test("answer 401 with a JSON error", async ({ request }) => {
    const me = await request.get("/api/auth/me");
    expect(me.status()).toBe(401);
    expect(await me.json()).toMatchObject({ error: "unauthenticated" });
  });

  test("the staff-only diagnosis API answers 401", async ({ request }) => {
    const response = await request.post("/api/diagnose", { data: {} });
    expect(response.status()).toBe(401);
    expect(await response.json()).toMatchObject({ error: "unauthenticated" });
  });
});

test.describe("in English", () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  });

  test("the wallet sign-in page speaks English, validation included", async ({ page }) => {
    await page.goto("/signin");
    await expect(page).toHaveTitle(/^Sign in/);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in to your account" })).toBeVisible();
    const form = passwordForm(page, "Sign in with a password");
    await form.getByLabel("Phone number").fill("12345");
    await form.getByLabel("Password", { exact: true }).fill("whatever");
    await form.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Please check the following" })).toContainText(
      "Phone number: enter 11 digits starting with 1",
    );
  });

  test("the staff sign-in page speaks English, the generic error included", async ({ page }) => {
    await page.goto("/staff/signin");
    await expect(page).toHaveTitle(/^Staff sign-in/);
    await page.getByLabel("Work email").fill(`nobody-${Date.now()}@example.com`);
    await page.getByLabel("Password", { exact: true }).fill("whatever");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "The email or password is not correct." })).toBeVisible();
  });
});
