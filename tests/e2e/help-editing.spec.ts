import { expect, test, type Page } from "@playwright/test";
import { waitForHydration, watchHydration } from "./support/hydration";
import { cleanUpPeople, closeDatabase, database, signedIn, type Persona } from "./support/portal";

// Supervisors write and publish help articles; what they write is shown safely, the page is
// refreshed with a Content-Security-Policy that still lets its own scripts run.

// Each journey opens several pages rendered per request and publishes, which regenerates the help
// pages: 20-25 s beside the other worker's axe scans on a 2-core machine (a fresh clone hit 30 s).
test.describe.configure({ timeout: 60_000 });

test.afterAll(async () => {
  await database().query(`DELETE FROM "FaqArticle" WHERE "slug" LIKE 'e2e-%'`);
  await cleanUpPeople();
  await closeDatabase();
});

async function signInAs(page: Page, persona: Exclude<Persona, "anonymous">, baseURL: string) {
  const { token } = await signedIn(persona);
  await page.context().addCookies([
    { name: "next-auth.session-token", value: token, url: baseURL },
    { name: "portal-signed-in", value: "1", url: baseURL },
  ]);
  await watchHydration(page);
}

test("agents cannot open the editor", async ({ page, baseURL }) => {
  await signInAs(page, "agent", baseURL!);
  const response = await page.goto("/agent/faq");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("navigation", { name: "员工导航" }).getByRole("link", { name: "帮助中心管理" })).toHaveCount(0);
});

test("a supervisor writes an article with hostile Markdown; preview and page render it harmless", async ({ page, baseURL }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const slug = `e2e-${Date.now().toString(36)}`;
  await signInAs(page, "supervisor", baseURL!);
  await page.goto("/agent");
  await page.getByRole("navigation", { name: "员工导航" }).getByRole("link", { name: "帮助中心管理" }).click();
  await page.getByRole("link", { name: "新建文章" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "新建文章" })).toBeVisible();
  await waitForHydration(page); // the buttons run the action in place
  await page.getByLabel("网址名称").fill(slug);
  await page.getByLabel("标题").fill("分期还款提醒");
  await page.getByLabel("摘要").fill("按时还款的小技巧");
  await page.getByLabel("正文(Markdown)").fill(`**按时**还款。\n\n<script>alert("x")</script>\n\n<img src=x onerror="alert('y')">\n\n[点我](javascript:alert('z'))`);
  await page.getByRole("button", { name: "预览" }).click();
  const preview = page.getByRole("region", { name: "预览" });
  await expect(preview.locator("strong")).toHaveText("按时");
  await expect(preview.locator("script, img, [onerror]")).toHaveCount(0);
  await expect(preview.getByText("点我")).not.toHaveAttribute("href", /javascript/i);

  await page.getByRole("button", { name: "保存并发布" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已发布" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "修改记录" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("listitem").filter({ hasText: "已发布" }).first()).toBeVisible();

  // Published after the build: Next renders it on its first visit and keeps it.
  await page.goto(`/faq/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("分期还款提醒");
  await expect(page.getByRole("article").locator("script, img, [onerror]")).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test("an article edited after the build is refreshed and keeps a working Content-Security-Policy", async ({ page, request, baseURL }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const title = `钱包余额不够时为什么还能扣款? (${Date.now().toString(36)})`;
  await signInAs(page, "admin", baseURL!);
  await page.goto("/agent/faq/faq_zh-CN_overdraft");
  await waitForHydration(page); // the buttons run the action in place
  await page.getByLabel("标题").fill(title);
  await page.getByRole("button", { name: "保存并发布" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已发布" })).toBeVisible();

  // Publishing revalidated the page; the next request that reaches Next regenerates it (a hint
  // cookie without a session is one the static fast path leaves to Next).
  await expect
    .poll(async () => (await request.get("/faq/overdraft", { headers: { cookie: "portal-signed-in=1" } })).text())
    .toContain(title);
  await page.context().clearCookies();
  await page.goto("/faq/overdraft");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const csp = (await request.get("/faq/overdraft")).headers()["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'sha256-/);
  // The page's own scripts ran under its policy: React hydrated, so the feedback buttons answer in
  // place (a plain form post would have moved to a #feedback-… fragment), and the browser refused nothing.
  await waitForHydration(page);
  await page.getByRole("button", { name: "有帮助" }).click();
  await expect(page.getByRole("region", { name: "这篇文章对你有帮助吗?" }).getByLabel("还有什么想告诉我们的?(可不填)")).toBeVisible();
  expect(new URL(page.url()).hash).toBe("");
  expect(violations).toEqual([]);
});

test("a supervisor reads what each revision changed, restores an old one as a new revision, and a page opened before that is refused", async ({ page, baseURL }) => {
  const slug = `e2e-restore-${Date.now().toString(36)}`;
  const firstBody = "## 先核对\n\n请先充值补足欠款,然后联系客服。";
  await signInAs(page, "supervisor", baseURL!);
  await page.goto("/agent/faq/new");
  await waitForHydration(page); // the buttons run the action in place
  await page.getByLabel("网址名称").fill(slug);
  await page.getByLabel("标题").fill("分期还款后余额还是负数怎么办");
  await page.getByLabel("摘要").fill("先看扣款记录");
  await page.getByLabel("正文(Markdown)").fill(firstBody);
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();
  await page.waitForURL(/\/agent\/faq\/(?!new)[^/?]+/);
  const articleUrl = new URL(page.url()).pathname;

  // The second version: a Chinese edit inside a sentence, and a new title.
  await page.goto(articleUrl);
  await waitForHydration(page);
  await page.getByLabel("标题").fill("分期还款以后余额仍为负");
  await page.getByLabel("正文(Markdown)").fill("## 先核对\n\n请先核对最近的扣款记录,然后联系在线客服。");
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();

  // A second tab opened now still shows the two versions when the first tab restores.
  const stalePage = await page.context().newPage();
  await stalePage.goto(articleUrl);

  await page.goto(articleUrl);
  await waitForHydration(page);
  const history = page.getByRole("region", { name: "修改记录" });
  const revisions = history.locator("ol > li");
  await expect(revisions).toHaveCount(2);
  await expect(revisions.nth(0)).toContainText("当前版本");
  await expect(revisions.nth(1)).toContainText("第一版,没有更早的版本可以比较。");
  await revisions.nth(0).getByText("查看与上一版的差异").click();
  // Whole words are marked, struck through or underlined, and screen readers hear where each starts.
  const removed = revisions.nth(0).locator("del").filter({ hasText: "充值补足欠款" });
  const added = revisions.nth(0).locator("ins").filter({ hasText: "核对最近的扣款记录" });
  await expect(removed).toBeVisible();
  await expect(added).toBeVisible();
  await expect(removed).toHaveCSS("text-decoration-line", "line-through");
  await expect(added).toHaveCSS("text-decoration-line", "underline");
  await expect(removed).toContainText("[删除开始]");
  await expect(added).toContainText("[新增开始]");
  await expect(revisions.nth(0).locator("ins").filter({ hasText: "仍为负" })).toBeVisible();

  // Restoring shows first what it would change, then appends a revision with the first text.
  await revisions.nth(1).getByText("恢复这个版本…").click();
  await expect(revisions.nth(1).locator("ins").filter({ hasText: "充值补足欠款" })).toBeVisible();
  await revisions.nth(1).getByRole("button", { name: "确认恢复" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已恢复所选版本" })).toBeVisible();
  await expect(page.getByLabel("标题")).toHaveValue("分期还款后余额还是负数怎么办");
  await expect(page.getByLabel("正文(Markdown)")).toHaveValue(firstBody);
  await expect(revisions).toHaveCount(3);
  await expect(revisions.nth(0)).toContainText("E2E supervisor");
  await expect(revisions.nth(0)).toContainText("当前版本");
  // Restoring is saving: a draft stays a draft.
  await expect(page.locator("h1 + p")).toHaveText("草稿");
  await expect(revisions.nth(2).getByText("和当前内容相同,无需恢复。")).toBeVisible();

  // The tab opened before the restore is refused, says why, and then shows the article as it is.
  const staleRevisions = stalePage.getByRole("region", { name: "修改记录" }).locator("ol > li");
  await staleRevisions.nth(1).getByText("恢复这个版本…").click();
  await staleRevisions.nth(1).getByRole("button", { name: "确认恢复" }).click();
  await expect(stalePage.getByRole("alert").filter({ hasText: "没有恢复:你打开这个页面之后,文章又被修改过" })).toBeVisible();
  await expect(staleRevisions).toHaveCount(3);
  await stalePage.close();

  // The same history in English.
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  await page.goto(articleUrl);
  const english = page.getByRole("region", { name: "Revision history" });
  await expect(english).toContainText("How changes are marked:");
  await english.locator("ol > li").nth(1).getByText("Show changes from the previous version").click();
  // The revision's entry holds its diff and, folded, what restoring it would change: both mark that deletion.
  await expect(english.locator("ol > li").nth(1).locator("del").filter({ hasText: "充值补足欠款" }).first()).toContainText("[deletion start]");
});
