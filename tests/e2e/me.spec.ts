import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./support/axe";

// Demo personas (docs/demo-data.md): 赵磊's account was taken over (urgent), 张伟's was not.
const TAKEOVER = { phone: "13800000009", name: "赵磊" };
const REFUND = { phone: "13800000001", name: "张伟" };
const PASSWORD = "wallet-demo-2026";

async function signInWithPassword(page: Page, phone: string, formName = "用密码登录") {
  await page.goto("/signin");
  const form = page.getByRole("form", { name: formName });
  await form.getByLabel(/手机号|Phone number/).fill(phone);
  await form.getByLabel(/^(密码|Password)$/).fill(PASSWORD);
  await form.getByRole("button", { name: /^(登录|Sign in)$/ }).click();
  await expect(page).toHaveURL(/\/me$/);
}

test("a takeover victim lands on their home with the urgent banner first and the foreign device marked", async ({ page }) => {
  await signInWithPassword(page, TAKEOVER.phone);
  await expect(page.getByRole("heading", { level: 1, name: `你好，${TAKEOVER.name}` })).toBeVisible();
  const banner = page.getByRole("complementary", { name: "你的账户可能被别人用过，请先保护账户" });
  await expect(banner).toBeVisible();
  await expect(banner.getByRole("link", { name: "检查我的账户" })).toHaveAttribute("href", "/diagnose/account");

  const balance = page.getByRole("region", { name: "余额与状态" });
  await expect(balance).toContainText("-¥1,800.00");
  await expect(balance).toContainText("已冻结");

  const devices = page.getByRole("region", { name: "登录过你钱包的设备" });
  const attacker = devices.getByRole("listitem").filter({ hasText: "Redmi Note 12" });
  await expect(attacker).toContainText("未确认：如果这不是你的设备");
  // The attacker's sign-in at 02:48 Shanghai time, from abroad, after a failed try.
  const logins = page.getByRole("region", { name: "最近登录钱包的记录" });
  const attackerRows = logins.getByRole("row").filter({ hasText: "Redmi Note 12" });
  await expect(attackerRows.filter({ hasText: "02:48" })).toContainText("境外(柬埔寨)");
  await expect(attackerRows.filter({ hasText: "02:47" })).toContainText("失败");
});

test("an account that was not taken over has no urgent banner, and the check link is there", async ({ page }) => {
  await signInWithPassword(page, REFUND.phone);
  await expect(page.getByRole("heading", { level: 1, name: `你好，${REFUND.name}` })).toBeVisible();
  await expect(page.getByRole("complementary", { name: /请先保护账户/ })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "余额与状态" })).toContainText("-¥662.60");
  await expect(page.getByRole("region", { name: "余额与状态" }).getByRole("link", { name: "检查我的账户" })).toHaveAttribute("href", "/diagnose/account");
  // The header's account menu leads back here.
  await expect(page.getByRole("banner").getByRole("link", { name: "我的账户" })).toHaveAttribute("href", "/me");
});

test("a safe callbackUrl wins over the signed-in home", async ({ page }) => {
  await page.goto("/signin?callbackUrl=%2Ffaq");
  const form = page.getByRole("form", { name: "用密码登录" });
  await form.getByLabel("手机号").fill(REFUND.phone);
  await form.getByLabel("密码", { exact: true }).fill(PASSWORD);
  await form.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(/\/faq$/);
});

for (const locale of ["zh-CN", "en"] as const) {
  test(`/me has no serious or critical axe violations (${locale})`, async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
    await signInWithPassword(page, TAKEOVER.phone, locale === "en" ? "Sign in with a password" : "用密码登录");
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    if (locale === "en") await expect(page.getByRole("heading", { level: 1, name: `Hello, ${TAKEOVER.name}` })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });
}
