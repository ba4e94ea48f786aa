import { expect, test } from "@playwright/test";
import { waitForHydration, watchHydration } from "./support/hydration";

// A worried user's way through the help center: from the home page to an answer, on to the
// wizard, and searching in Chinese with and without JavaScript.

test("from the home page to the credit-record article and on to the wizard", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("main").getByRole("link", { name: "先看常见问题" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "帮助中心" })).toBeVisible();
  await page.getByRole("link", { name: "信用记录", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "信用记录" })).toBeVisible();
  await page.getByRole("link", { name: "钱包负余额会影响我的信用记录吗?" }).click();
  await expect(page).toHaveURL(/\/faq\/credit-record$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("钱包负余额会影响我的信用记录吗?");
  await expect(page.getByRole("article")).toContainText("征信");
  await expect(page.getByRole("heading", { name: "相关问题" })).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/faq\/credit-record$/);
  const wizard = page.getByRole("link", { name: "开始自助诊断" });
  await expect(wizard).toHaveAttribute("href", "/diagnose");
  await wizard.click();
  await expect(page).toHaveURL(/\/diagnose$/);
});

test("an article about one cause leads to that cause's wizard result", async ({ page }) => {
  await page.goto("/faq/promotion-clawback");
  await expect(page.getByRole("link", { name: "开始自助诊断" })).toHaveAttribute("href", "/diagnose/result/promo");
  await page.goto("/faq/account-takeover");
  await expect(page.getByRole("link", { name: "开始自助诊断" })).toHaveAttribute("href", "/diagnose/result/hack");
});

test("results appear while typing a Chinese question, with the matches marked", async ({ page }) => {
  await page.goto("/faq");
  await page.getByRole("searchbox", { name: "搜索帮助文章" }).fill("信用记录");
  const first = page.getByRole("main").getByRole("listitem").filter({ has: page.locator("mark") }).first();
  await expect(first.getByRole("link")).toHaveText("钱包负余额会影响我的信用记录吗?");
  await expect(first.locator("mark").first()).toContainText(/信用|记录/);
  await expect(page.getByRole("status").filter({ hasText: "找到" })).toBeVisible();
});

test("words typed before the page's scripts arrive still bring results once they run", async ({ page }) => {
  // The page is painted before its scripts are fetched (decision 025); hold them back until the
  // question is typed, as on a slow connection.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/faq", { waitUntil: "domcontentloaded" });
  await page.getByRole("searchbox", { name: "搜索帮助文章" }).fill("信用记录");
  release();
  const first = page.getByRole("main").getByRole("listitem").filter({ has: page.locator("mark") }).first();
  await expect(first.getByRole("link")).toHaveText("钱包负余额会影响我的信用记录吗?");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the search box submits to a page of ranked results", async ({ page }) => {
    await page.goto("/faq");
    await page.getByRole("searchbox", { name: "搜索帮助文章" }).fill("credt record");
    await page.getByRole("button", { name: "搜索" }).click();
    await expect(page).toHaveURL(/\/faq\/search\?q=credt\+record$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("“credt record”的搜索结果");
    await expect(page.getByRole("main").getByRole("listitem").first().getByRole("link")).toHaveText("钱包负余额会影响我的信用记录吗?");
  });

  test("odd queries get a friendly answer, never an error page", async ({ page }) => {
    for (const query of ["';--", "?!", "x".repeat(10_000), "<script>alert(1)</script>"]) {
      const response = await page.goto(`/faq/search?q=${encodeURIComponent(query)}`);
      expect(response?.status(), query.slice(0, 20)).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    }
    await expect(page.locator("script:not([src])").filter({ hasText: "alert(1)" })).toHaveCount(0);
    await page.goto("/faq/search?q=%E8%8A%B1%E5%91%97%E5%88%86%E6%9C%9F%E6%80%8E%E4%B9%88%E5%8A%9E");
    await expect(page.getByText("没有找到和“花呗分期怎么办”相关的文章。")).toBeVisible();
  });
});

test("a reader rates an article once", async ({ page }) => {
  // The rating buttons need the page's scripts, which arrive after the first paint (decision
  // 025); a click before hydration did nothing and the journey waited out its 60 s. Without
  // JavaScript the rating is not a form yet (issue 22, item 4).
  await watchHydration(page);
  await page.goto("/faq/top-up-to-clear");
  await waitForHydration(page);
  const feedback = page.getByRole("region", { name: "这篇文章对你有帮助吗?" });
  await feedback.getByRole("button", { name: "有帮助" }).click();
  await feedback.getByLabel("还有什么想告诉我们的?(可不填)").fill("写得很清楚");
  await feedback.getByRole("button", { name: "提交" }).click();
  await expect(feedback.getByRole("status")).toHaveText("谢谢你的反馈!");

  await page.reload();
  await waitForHydration(page);
  await feedback.getByRole("button", { name: "没帮助" }).click();
  await expect(feedback.getByRole("status")).toHaveText("你已经评价过这篇文章,谢谢!");
});
