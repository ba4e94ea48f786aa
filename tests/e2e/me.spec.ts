import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { closeDatabase } from "./support/portal";
import { personaByPhone, signInBrowser } from "./support/wallet-personas";

// Demo personas (docs/demo-data.md): 赵磊's account was taken over (urgent), 张伟's was not.
const TAKEOVER = { phone: "13800000009", name: "赵磊" };
const REFUND = { phone: "13800000001", name: "张伟" };
const PASSWORD = "wallet-demo-2026";

test.afterAll(closeDatabase);

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

  // Everything the thief took, the ¥3,000 transfer at 02:58 that only emptied the balance included.
  const taken = banner.getByRole("region", { name: "可能不是你本人发起的交易" });
  await expect(taken.getByRole("row")).toHaveCount(4);
  await expect(taken.getByRole("row").nth(1)).toHaveText(/2026年11月17日 02:58\s*转出\s*林\*\*\(177\*\*\*\*0938\)\s*-¥3,000\.00/);
  await expect(taken.getByTestId("unauthorized-total")).toHaveText("¥6,300.00");
  await expect(taken.getByTestId("deficit")).toHaveText("¥1,800.00");
  const steps = banner.getByRole("region", { name: "现在按顺序这样做" });
  await expect(steps).toContainText(/保护你的账户[\s\S]*报告这些交易[\s\S]*客服会在 30分钟内回复你/);
  await expect(steps.getByRole("link", { name: "报告不认识的交易" })).toHaveAttribute("href", "/tickets/new?result=hack");

  // The deficit is all theft: support investigates before anyone asks him to pay it.
  const balance = page.getByRole("region", { name: "余额与状态" });
  await expect(balance).toContainText("-¥1,800.00");
  await expect(balance).toContainText("已冻结");
  await expect(balance).not.toContainText("充值");

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

test("theft on a positive balance gets the same urgent banner, with the payment the thief made", async ({ page, context, baseURL }) => {
  await signInBrowser(context, baseURL!, await personaByPhone("13800000021"));
  await page.goto("/me");
  const banner = page.getByRole("complementary", { name: "你的账户可能被别人用过，请先保护账户" });
  const taken = banner.getByRole("region", { name: "可能不是你本人发起的交易" });
  await expect(taken.getByRole("row").nth(1)).toHaveText(/2026年11月19日 13:50\s*付款\s*极速数码专营店\s*-¥260\.00/);
  await expect(taken.getByTestId("deficit")).toHaveCount(0);
  await expect(banner.getByRole("link", { name: "报告不认识的交易" })).toHaveAttribute("href", "/tickets/new?result=hack");
  const balance = page.getByRole("region", { name: "余额与状态" });
  await expect(balance).toContainText("¥582.59");
  await expect(balance.getByRole("heading", { name: "查看账户详情" })).toBeVisible();
});

test("a takeover victim's own ticket lists everything taken; a refund ticket shows no such list", async ({ page, context, baseURL }) => {
  await signInBrowser(context, baseURL!, await personaByPhone(TAKEOVER.phone));
  await page.goto("/tickets");
  await page.getByRole("link", { name: /: 账户被盗,钱被转走了$/ }).click();
  await expect(page).toHaveURL(/\/tickets\/\d+$/);
  // Today's diagnosis of his account, as on /me: the ¥3,000 transfer to the thief's payee first.
  const taken = page.getByRole("region", { name: "可能不是你本人发起的交易" });
  await expect(taken.getByRole("row")).toHaveCount(4);
  await expect(taken.getByRole("row").nth(1)).toHaveText(/2026年11月17日 02:58\s*转出\s*林\*\*\(177\*\*\*\*0938\)\s*-¥3,000\.00/);
  await expect(taken.getByTestId("unauthorized-total")).toHaveText("¥6,300.00");
  await expect(taken.getByTestId("deficit")).toHaveText("¥1,800.00");

  await signInBrowser(context, baseURL!, await personaByPhone(REFUND.phone));
  await page.goto("/tickets");
  await page.getByRole("link", { name: /: 京东退款被撤回,余额变负数$/ }).click();
  await expect(page).toHaveURL(/\/tickets\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("京东退款被撤回");
  await expect(page.getByRole("region", { name: "可能不是你本人发起的交易" })).toHaveCount(0);
});

for (const healthy of [
  { phone: "13800000022", balance: "¥458.99" },
  { phone: "13800000018", balance: "¥1,280.70" },
]) {
  test(`a healthy account (${healthy.phone}) is told its balance is fine, with nothing about negative balances`, async ({ page, context, baseURL }) => {
    await signInBrowser(context, baseURL!, await personaByPhone(healthy.phone));
    await page.goto("/me");
    await expect(page.getByRole("complementary", { name: /请先保护账户/ })).toHaveCount(0);
    const balance = page.getByRole("region", { name: "余额与状态" });
    await expect(balance).toContainText(healthy.balance);
    await expect(balance).toContainText("你的余额一切正常");
    await expect(balance.getByRole("heading", { name: "查看账户详情" })).toBeVisible();
    await expect(balance).not.toContainText(/变负|变成负数|充值|补足/);
  });
}

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
